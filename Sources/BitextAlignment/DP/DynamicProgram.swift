/// Finds the set of beads with the largest total gain inside a ``SearchBand``.
///
/// A bead's gain is its similarity minus a threshold and a penalty for its shape; skipping
/// a sentence (1-0, 0-1) gains nothing. So text without a counterpart stays unaligned,
/// and multi-sentence beads are taken only when they beat finer ones.
///
/// - Complexity: O(n·w·k) time and O(n·w) memory for n Chinese sentences, a band w wide
///   and k bead shapes.
struct DynamicProgram {
  let shapes: [BeadShape]
  let band: SearchBand
  /// Gain of a bead of `shape` ending at (i, j) (prefix lengths), or nil if not worth it.
  let gain: (_ zh: Range<Int>, _ en: Range<Int>) -> Double?

  struct Step {
    var zh: Range<Int>
    var en: Range<Int>
    var gain: Double
  }

  func run(n: Int, m: Int) -> [Step] {
    var value = [Double](repeating: -Double.infinity, count: band.cellCount)
    // 0 = start, 1 = skip zh, 2 = skip en, 3+k = shape k.
    var back = [UInt8](repeating: 0, count: band.cellCount)
    var stepGain = [Float](repeating: 0, count: band.cellCount)
    value[band.cell(0, 0)] = 0
    for i in 0...n {
      for j in band.lower[i]...band.upper[i] {
        let here = band.cell(i, j)
        if i == 0 && j == 0 { continue }
        var best = -Double.infinity
        var choice: UInt8 = 0
        var bestGain = 0.0
        if i > 0, band.contains(i - 1, j) {
          let v = value[band.cell(i - 1, j)]
          if v > best { best = v; choice = 1 }
        }
        if j > 0, band.contains(i, j - 1) {
          let v = value[band.cell(i, j - 1)]
          if v > best { best = v; choice = 2 }
        }
        for (k, shape) in shapes.enumerated() {
          let i0 = i - shape.zh
          let j0 = j - shape.en
          guard i0 >= 0, j0 >= 0, band.contains(i0, j0) else { continue }
          let previous = value[band.cell(i0, j0)]
          if previous == -Double.infinity { continue }
          guard let g = gain(i0..<i, j0..<j), g > 0 else { continue }
          if previous + g > best {
            best = previous + g
            choice = UInt8(3 + k)
            bestGain = g
          }
        }
        value[here] = best
        back[here] = choice
        stepGain[here] = Float(bestGain)
      }
    }
    // Traceback.
    var steps: [Step] = []
    var i = n
    var j = m
    while i > 0 || j > 0 {
      let here = band.cell(i, j)
      switch back[here] {
      case 1: i -= 1
      case 2: j -= 1
      case 0: return steps.reversed()  // unreachable cell; stop
      default:
        let shape = shapes[Int(back[here]) - 3]
        steps.append(
          Step(zh: (i - shape.zh)..<i, en: (j - shape.en)..<j, gain: Double(stepGain[here])))
        i -= shape.zh
        j -= shape.en
      }
    }
    return steps.reversed()
  }
}
