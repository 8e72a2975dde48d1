/// The cells the dynamic program may visit: for each Chinese prefix length `i` (0...n), an
/// interval of English prefix lengths. Built from anchor pairs: the rectangle between two
/// consecutive anchors (widened by a margin) is searched, so dense anchors give a narrow
/// band and time and memory grow linearly with the text.
struct SearchBand {
  var lower: [Int]
  var upper: [Int]
  /// Offset of each row's first cell in flat storage.
  var rowStart: [Int]
  var cellCount: Int

  /// - Parameters:
  ///   - anchors: Sure 1-1 pairs `(zh, en)`, increasing on both sides.
  ///   - margin: Cells added around each rectangle.
  ///   - maxRectangle: Cells above which a rectangle is cut to a band around its diagonal.
  init(n: Int, m: Int, anchors: [(Int, Int)], margin: Int, maxRectangle: Int) {
    lower = [Int](repeating: Int.max, count: n + 1)
    upper = [Int](repeating: Int.min, count: n + 1)
    var points = [(0, 0)]
    for (i, j) in anchors {
      points.append((i, j))
      points.append((i + 1, j + 1))
    }
    points.append((n, m))
    for k in 0..<(points.count - 1) {
      let (i0, j0) = points[k]
      let (i1, j1) = points[k + 1]
      let rowLow = max(0, i0 - margin)
      let rowHigh = min(n, i1 + margin)
      let colLow = max(0, j0 - margin)
      let colHigh = min(m, j1 + margin)
      let rows = rowHigh - rowLow + 1
      let cols = colHigh - colLow + 1
      if rows * cols <= maxRectangle {
        for i in rowLow...rowHigh {
          lower[i] = min(lower[i], colLow)
          upper[i] = max(upper[i], colHigh)
        }
      } else {
        // Too big: a band around the diagonal of the rectangle.
        let width = max(margin * 4, maxRectangle / max(rows, cols))
        for i in rowLow...rowHigh {
          let center = colLow + (i - rowLow) * (cols - 1) / max(1, rows - 1)
          lower[i] = min(lower[i], max(colLow, center - width))
          upper[i] = max(upper[i], min(colHigh, center + width))
        }
      }
    }
    // Make every row reachable from the previous one.
    for i in 0...n {
      if lower[i] == Int.max {
        lower[i] = i > 0 ? lower[i - 1] : 0
        upper[i] = i > 0 ? upper[i - 1] : 0
      }
      if i > 0 {
        lower[i] = max(lower[i], 0)
        if lower[i] > upper[i - 1] { lower[i] = upper[i - 1] }
        upper[i] = max(upper[i], lower[i])
      }
    }
    upper[n] = max(upper[n], m)
    lower[0] = 0
    rowStart = [Int](repeating: 0, count: n + 2)
    for i in 0...n { rowStart[i + 1] = rowStart[i] + (upper[i] - lower[i] + 1) }
    cellCount = rowStart[n + 1]
  }

  func contains(_ i: Int, _ j: Int) -> Bool {
    i >= 0 && i < lower.count && j >= lower[i] && j <= upper[i]
  }

  func cell(_ i: Int, _ j: Int) -> Int { rowStart[i] + j - lower[i] }
}
