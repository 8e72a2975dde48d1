// A small single-precision matrix product for the sentence encoder: register-blocked
// (4 rows × 16 columns of accumulators; 8 × 32 with AVX-512), compiled for AVX-512, for
// AVX2+FMA and portably, the best chosen at run time. Swift on Linux targets the
// x86-64 baseline (SSE2), so this is where the encoder's speed comes from.
#include "BitextKernels.h"

#define KERNEL_BODY                                                                    \
  int64_t r = 0;                                                                       \
  for (; r + 4 <= rows; r += 4) {                                                      \
    for (int64_t j = 0; j + 16 <= n; j += 16) {                                        \
      float acc[4][16] = {{0}};                                                        \
      for (int64_t kk = 0; kk < k; kk++) {                                             \
        const float *wr = w + kk * n + j;                                              \
        float a0 = a[r * k + kk], a1 = a[(r + 1) * k + kk];                            \
        float a2 = a[(r + 2) * k + kk], a3 = a[(r + 3) * k + kk];                      \
        for (int c = 0; c < 16; c++) {                                                 \
          acc[0][c] += a0 * wr[c];                                                     \
          acc[1][c] += a1 * wr[c];                                                     \
          acc[2][c] += a2 * wr[c];                                                     \
          acc[3][c] += a3 * wr[c];                                                     \
        }                                                                              \
      }                                                                                \
      for (int q = 0; q < 4; q++)                                                      \
        for (int c = 0; c < 16; c++) out[(r + q) * n + j + c] += acc[q][c];            \
    }                                                                                  \
  }                                                                                    \
  for (; r < rows; r++) {                                                              \
    for (int64_t j = 0; j + 16 <= n; j += 16) {                                        \
      float acc[16] = {0};                                                             \
      for (int64_t kk = 0; kk < k; kk++) {                                             \
        const float *wr = w + kk * n + j;                                              \
        float a0 = a[r * k + kk];                                                      \
        for (int c = 0; c < 16; c++) acc[c] += a0 * wr[c];                             \
      }                                                                                \
      for (int c = 0; c < 16; c++) out[r * n + j + c] += acc[c];                       \
    }                                                                                  \
  }

// Wider blocks for AVX-512 (8 rows × 32 columns: 16 of its 32 vector registers), column
// panels outermost so that a panel of w stays in cache across all rows; the leftover
// rows by the general body.
#define KERNEL_WIDE_BODY                                                               \
  int64_t r0 = 0;                                                                      \
  if (n % 32 == 0) {                                                                   \
    int64_t blocks = rows / 8 * 8;                                                     \
    for (int64_t j = 0; j < n; j += 32) {                                              \
      for (r0 = 0; r0 < blocks; r0 += 8) {                                             \
        float acc[8][32] = {{0}};                                                      \
        for (int64_t kk = 0; kk < k; kk++) {                                           \
          const float *wr = w + kk * n + j;                                            \
          for (int q = 0; q < 8; q++) {                                                \
            float aq = a[(r0 + q) * k + kk];                                           \
            for (int c = 0; c < 32; c++) acc[q][c] += aq * wr[c];                      \
          }                                                                            \
        }                                                                              \
        for (int q = 0; q < 8; q++)                                                    \
          for (int c = 0; c < 32; c++) out[(r0 + q) * n + j + c] += acc[q][c];         \
      }                                                                                \
    }                                                                                  \
    r0 = blocks;                                                                       \
  }                                                                                    \
  a += r0 * k;                                                                         \
  out += r0 * n;                                                                       \
  rows -= r0;

#if defined(__x86_64__)
__attribute__((target("avx512f,avx2,fma"))) static void sgemm_avx512(
    const float *a, int64_t rows, int64_t k, const float *w, int64_t n, float *out) {
  KERNEL_WIDE_BODY
  KERNEL_BODY
}

__attribute__((target("avx2,fma"))) static void sgemm_avx2(
    const float *a, int64_t rows, int64_t k, const float *w, int64_t n, float *out) {
  KERNEL_BODY
}
#endif

static void sgemm_portable(
    const float *a, int64_t rows, int64_t k, const float *w, int64_t n, float *out) {
  KERNEL_BODY
}

void bitext_sgemm_accumulate(
    const float *a, int64_t rows, int64_t k, const float *w, int64_t n, float *out) {
#if defined(__x86_64__)
  static int has_avx2 = -1, has_avx512 = -1;
  if (has_avx2 < 0) {
    __builtin_cpu_init();
    has_avx512 = __builtin_cpu_supports("avx512f") && __builtin_cpu_supports("fma");
    has_avx2 = __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma");
  }
  if (has_avx512) {
    sgemm_avx512(a, rows, k, w, n, out);
    return;
  }
  if (has_avx2) {
    sgemm_avx2(a, rows, k, w, n, out);
    return;
  }
#endif
  sgemm_portable(a, rows, k, w, n, out);
}
