/// Mutual nearest neighbours between two sets of unit-length embeddings: pairs `(i, j)`
/// where `b[j]` is the nearest of `b` to `a[i]` and `a[i]` the nearest of `a` to `b[j]`,
/// with their cosine. The cosines are computed a block of rows at a time with the matrix
/// kernel, so memory stays at one block.
///
/// - Complexity: O(|a|·|b|·d) time, O(block·|b|) memory.
package enum MutualNeighbours {
  package static func pairs(_ a: [[Float]], _ b: [[Float]], block: Int = 256) -> [(Int, Int, Float)]
  {
    guard let d = a.first?.count, !b.isEmpty, b.allSatisfy({ $0.count == d }),
      a.allSatisfy({ $0.count == d })
    else { return [] }
    // b transposed (d × m), m padded to a multiple of 16 for the kernel.
    let m = b.count
    let padded = (m + 15) / 16 * 16
    var bt = [Float](repeating: 0, count: d * padded)
    for j in 0..<m { for k in 0..<d { bt[k * padded + j] = b[j][k] } }
    var rowBest = [(Int, Float)](repeating: (-1, -.infinity), count: a.count)
    var columnBest = [(Int, Float)](repeating: (-1, -.infinity), count: m)
    var rows = [Float](repeating: 0, count: block * d)
    var out = [Float](repeating: 0, count: block * padded)
    for start in stride(from: 0, to: a.count, by: block) {
      let count = min(block, a.count - start)
      for r in 0..<count { for k in 0..<d { rows[r * d + k] = a[start + r][k] } }
      rows.withUnsafeBufferPointer { x in
        bt.withUnsafeBufferPointer { w in
          out.withUnsafeMutableBufferPointer { o in
            Linear.multiply(
              x.baseAddress!, rows: count, k: d, w.baseAddress!, n: padded, into: o.baseAddress!)
          }
        }
      }
      for r in 0..<count {
        let i = start + r
        for j in 0..<m {
          let s = out[r * padded + j]
          if s > rowBest[i].1 { rowBest[i] = (j, s) }
          if s > columnBest[j].1 { columnBest[j] = (i, s) }
        }
      }
    }
    return rowBest.enumerated().compactMap { i, best in
      best.0 >= 0 && columnBest[best.0].0 == i ? (i, best.0, best.1) : nil
    }
  }
}
