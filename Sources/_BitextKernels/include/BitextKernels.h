#ifndef BITEXT_KERNELS_H
#define BITEXT_KERNELS_H

#include <stdint.h>

/// out[rows × n] += a[rows × k] · w[k × n], all row-major float32, n a multiple of 16.
/// Uses AVX2 and FMA when the processor has them (checked once at run time), portable
/// C otherwise.
void bitext_sgemm_accumulate(
    const float *a, int64_t rows, int64_t k, const float *w, int64_t n, float *out);

#endif
