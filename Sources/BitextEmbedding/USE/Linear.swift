internal import _BitextKernels

/// Dense layers over row-major float matrices.
enum Linear {
  /// `out[r, 0..<n] (+)= Σ_k a[r, k] · w[k, 0..<n]` for `rows` rows of `a` (stride `k`);
  /// `w` is `k × n` row-major with `n` a multiple of 16 (the C kernel in `_BitextKernels`).
  static func multiply(
    _ a: UnsafePointer<Float>, rows: Int, k: Int, _ w: UnsafePointer<Float>, n: Int,
    into out: UnsafeMutablePointer<Float>, accumulate: Bool = false
  ) {
    precondition(n % 16 == 0)
    if !accumulate { out.update(repeating: 0, count: rows * n) }
    bitext_sgemm_accumulate(a, Int64(rows), Int64(k), w, Int64(n), out)
  }

  /// Layer normalization of each row of `x` (`rows × n`), in place.
  static func layerNorm(
    _ x: UnsafeMutablePointer<Float>, rows: Int, n: Int, gamma: UnsafePointer<Float>,
    beta: UnsafePointer<Float>, epsilon: Float
  ) {
    for r in 0..<rows {
      let row = x + r * n
      var mean: Float = 0
      for j in 0..<n { mean += row[j] }
      mean /= Float(n)
      var variance: Float = 0
      for j in 0..<n {
        row[j] -= mean
        variance += row[j] * row[j]
      }
      variance /= Float(n)
      let scale = 1 / (variance + epsilon).squareRoot()
      for j in 0..<n { row[j] = row[j] * scale * gamma[j] + beta[j] }
    }
  }
}
