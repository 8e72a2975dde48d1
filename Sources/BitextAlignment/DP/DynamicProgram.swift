/// Finds the beads with the largest total gain inside a ``SearchBand``.
///
/// A bead's gain comes from ``PathModel``. Leaving a sentence out (1-0, 0-1) costs
/// `zhSkipCost[i]` or `enSkipCost[j]` per sentence, and opening a run of left-out sentences costs `gapOpen` more
/// (an affine gap cost, as in Gotoh's algorithm), more again inside a paragraph: a run of
/// pairs is not broken to borrow one sentence from elsewhere. Switching between leaving
/// out Chinese and English sentences is not free: each side's run is a gap of its own.
///
/// - Complexity: O(n·w·k) time and O(n·w) memory for n Chinese sentences, a band w wide
///   and k bead shapes.
struct DynamicProgram {
  let shapes: [BeadShape]
  let band: SearchBand
  /// Cost of leaving out each Chinese sentence (empty: `defaultSkipCost`).
  var zhSkipCost: [Double] = []
  /// Cost of leaving out each English sentence (empty: `defaultSkipCost`).
  var enSkipCost: [Double] = []
  var defaultSkipCost = 0.05
  /// Cost of opening a gap (a run of unaligned sentences on either side) at a paragraph
  /// boundary.
  var gapOpen: Double = 0.03
  /// Extra cost when a gap starts or ends inside a paragraph: translations keep paragraphs
  /// together, so a pair taken from the middle of another paragraph needs more evidence.
  var gapInsideBlock: Double = 0.12
  /// Block (paragraph) index of each Chinese sentence.
  var zhBlocks: [Int] = []
  /// Block (paragraph) index of each English sentence.
  var enBlocks: [Int] = []
  /// Gains of the beads ending in a range of rows, at `(cell - band.rowStart[first row])
  /// * shapes.count + shape`; -∞ for a bead that cannot be taken (``BeadGains/block(_:)``).
  let gains: (_ rows: Range<Int>) -> [Double]
  /// Cells per block of rows whose gains are asked for at once.
  var blockCells = 50_000

  struct Step {
    var zh: Range<Int>
    var en: Range<Int>
    var gain: Double
  }

  /// Whether sentence `k` continues the paragraph of sentence `k - 1`.
  private func inside(_ blocks: [Int], _ k: Int) -> Bool {
    k > 0 && k < blocks.count && blocks[k] == blocks[k - 1]
  }

  private enum State: UInt8 { case pair = 0, skipZh = 1, skipEn = 2 }

  func run(n: Int, m: Int) -> [Step] {
    let count = band.cellCount
    var pair = [Double](repeating: -.infinity, count: count)
    var skipZh = [Double](repeating: -.infinity, count: count)
    var skipEn = [Double](repeating: -.infinity, count: count)
    var shapeBack = [UInt8](repeating: 255, count: count)  // shape index into `pair`
    var pairFrom = [UInt8](repeating: 0, count: count)  // state the bead came from
    var skipZhFrom = [UInt8](repeating: 0, count: count)
    var skipEnFrom = [UInt8](repeating: 0, count: count)
    var stepGain = [Float](repeating: 0, count: count)
    pair[band.cell(0, 0)] = 0
    // The best state at cell `c`, a pair state paying `open` (the cost of opening a gap
    // after it; 0 when a bead follows).
    func entering(_ c: Int, open: Double = 0) -> (Double, UInt8) {
      var value = pair[c] - open
      var state: UInt8 = 0
      if skipZh[c] > value { value = skipZh[c]; state = 1 }
      if skipEn[c] > value { value = skipEn[c]; state = 2 }
      return (value, state)
    }
    var block: [Double] = []
    var blockBase = 0
    var blockEnd = 0
    let shapeCount = shapes.count
    for i in 0...n {
      if i >= blockEnd {
        var end = i + 1
        while end <= n, band.rowStart[end + 1] - band.rowStart[i] <= blockCells { end += 1 }
        block = gains(i..<end)
        blockBase = band.rowStart[i]
        blockEnd = end
      }
      for j in band.lower[i]...band.upper[i] {
        if i == 0 && j == 0 { continue }
        let here = band.cell(i, j)
        if i > 0, band.contains(i - 1, j) {
          let c = band.cell(i - 1, j)
          let open = gapOpen + (inside(zhBlocks, i - 1) ? gapInsideBlock : 0)
          // Continuing a Chinese gap is free of `open`; switching from an English one is not.
          var (value, state) = (max(pair[c], skipEn[c]) - open, UInt8(pair[c] >= skipEn[c] ? 0 : 2))
          if skipZh[c] > value { (value, state) = (skipZh[c], 1) }
          let cost = zhSkipCost.isEmpty ? defaultSkipCost : zhSkipCost[i - 1]
          (skipZh[here], skipZhFrom[here]) = (value - cost, state)
        }
        if j > 0, band.contains(i, j - 1) {
          let c = band.cell(i, j - 1)
          let open = gapOpen + (inside(enBlocks, j - 1) ? gapInsideBlock : 0)
          var (value, state) = (max(pair[c], skipZh[c]) - open, UInt8(pair[c] >= skipZh[c] ? 0 : 1))
          if skipEn[c] > value { (value, state) = (skipEn[c], 2) }
          let cost = enSkipCost.isEmpty ? defaultSkipCost : enSkipCost[j - 1]
          (skipEn[here], skipEnFrom[here]) = (value - cost, state)
        }
        for (k, shape) in shapes.enumerated() {
          let i0 = i - shape.zh
          let j0 = j - shape.en
          guard i0 >= 0, j0 >= 0, band.contains(i0, j0) else { continue }
          let c0 = band.cell(i0, j0)
          var (previous, state) = entering(c0)
          // Closing a gap inside a paragraph costs extra; compare with coming from a pair.
          if (state == 1 && inside(zhBlocks, i0)) || (state == 2 && inside(enBlocks, j0)) {
            previous -= gapInsideBlock
            if pair[c0] >= previous { (previous, state) = (pair[c0], 0) }
          }
          if previous == -.infinity { continue }
          let g = block[(here - blockBase) * shapeCount + k]
          if g == -.infinity { continue }
          if previous + g > pair[here] {
            pair[here] = previous + g
            shapeBack[here] = UInt8(k)
            pairFrom[here] = state
            stepGain[here] = Float(g)
          }
        }
      }
    }
    // Traceback.
    var steps: [Step] = []
    var i = n
    var j = m
    var state = entering(band.cell(n, m)).1
    while i > 0 || j > 0 {
      let here = band.cell(i, j)
      switch State(rawValue: state)! {
      case .skipZh:
        state = skipZhFrom[here]
        i -= 1
      case .skipEn:
        state = skipEnFrom[here]
        j -= 1
      case .pair:
        guard shapeBack[here] != 255 else { return steps.reversed() }
        let shape = shapes[Int(shapeBack[here])]
        steps.append(
          Step(zh: (i - shape.zh)..<i, en: (j - shape.en)..<j, gain: Double(stepGain[here])))
        state = pairFrom[here]
        i -= shape.zh
        j -= shape.en
      }
    }
    return steps.reversed()
  }
}
