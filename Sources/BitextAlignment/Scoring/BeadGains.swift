import BitextCore
import Dispatch
import Foundation

/// The gain (``PathModel``) of every bead the dynamic program may take, a block of rows at
/// a time, computed on every core: a bead's gain does not depend on the path before it, so
/// the costly part of the search runs in parallel and the program itself only adds and
/// compares.
struct BeadGains {
  let band: SearchBand
  let shapes: [BeadShape]
  let scorer: CompositeScorer
  let model: PathModel
  /// Per sentence: whether its kind pairs only with its own kind (``StructureRule``).
  private let zhExclusive: [Bool]
  private let enExclusive: [Bool]
  private let zhKinds: [UnitKind]
  private let enKinds: [UnitKind]
  /// Most Chinese sentences in a bead: pair rows a block needs above its own.
  private let maxZh: Int
  /// Blocks with fewer cells than this run on one core (threads cost more than they save).
  var parallelCells = 20_000

  init(
    band: SearchBand, shapes: [BeadShape], scorer: CompositeScorer, model: PathModel,
    kinds: ([UnitKind], [UnitKind])
  ) {
    self.band = band
    self.shapes = shapes
    self.scorer = scorer
    self.model = model
    (zhKinds, enKinds) = kinds
    zhExclusive = kinds.0.map(StructureRule.isExclusive)
    enExclusive = kinds.1.map(StructureRule.isExclusive)
    maxZh = shapes.map(\.zh).max() ?? 1
  }

  /// Gains of the beads ending at the cells of `rows`, at
  /// `(cell - band.rowStart[rows.lowerBound]) * shapes.count + shape`; -∞ where a bead
  /// cannot be taken (its start is outside the band, or its kinds may not pair).
  func block(_ rows: Range<Int>) -> [Double] {
    let base = band.rowStart[rows.lowerBound]
    let cells = band.rowStart[rows.upperBound] - base
    var gains = [Double](repeating: -.infinity, count: cells * shapes.count)
    let workers =
      cells >= parallelCells ? max(1, min(ProcessInfo.processInfo.activeProcessorCount, 8)) : 1
    // Split the rows so that each worker gets about the same number of cells.
    var bounds = [rows.lowerBound]
    for w in 1..<workers {
      let target = base + cells * w / workers
      var i = bounds.last!
      while i < rows.upperBound, band.rowStart[i + 1] <= target { i += 1 }
      bounds.append(i)
    }
    bounds.append(rows.upperBound)
    let parts = bounds
    gains.withUnsafeMutableBufferPointer { buffer in
      let output = UncheckedBuffer(buffer)
      DispatchQueue.concurrentPerform(iterations: workers) { w in
        let part = parts[w]..<parts[w + 1]
        guard !part.isEmpty else { return }
        fill(part, base: base, into: output)
      }
    }
    return gains
  }

  /// A buffer written by several workers at disjoint offsets.
  private struct UncheckedBuffer: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<Double>
    init(_ buffer: UnsafeMutableBufferPointer<Double>) { self.buffer = buffer }
  }

  private func fill(_ rows: Range<Int>, base: Int, into output: UncheckedBuffer) {
    // Every pair a bead ending in these rows joins: Chinese sentences from maxZh rows
    // above, English sentences from the lowest start column to the highest end.
    let firstPairRow = max(0, rows.lowerBound - maxZh)
    let pairRows = firstPairRow..<max(firstPairRow, rows.upperBound - 1)
    let m = band.upper.last ?? 0
    var local = scorer
    local.pairs = PairTable(
      rows: pairRows,
      columns: { p in
        // Beads holding sentence p start at a row in (p - maxZh, p] and end in (p, p + maxZh].
        var low = Int.max
        var high = Int.min
        for r in max(0, p - maxZh + 1)...p { low = min(low, band.lower[r]) }
        for r in (p + 1)...min(band.lower.count - 1, p + maxZh) { high = max(high, band.upper[r]) }
        high = min(m, high)
        return low..<max(low, high)
      }, lexical: scorer.lexical, anchors: scorer.anchors)
    for i in rows {
      for j in band.lower[i]...band.upper[i] {
        let at = (band.cell(i, j) - base) * shapes.count
        for (k, shape) in shapes.enumerated() {
          let i0 = i - shape.zh
          let j0 = j - shape.en
          guard i0 >= 0, j0 >= 0, band.contains(i0, j0) else { continue }
          guard compatible(i0..<i, j0..<j) else { continue }
          output.buffer[at + k] = model.gain(local, zh: i0..<i, en: j0..<j)
        }
      }
    }
  }

  private func compatible(_ zh: Range<Int>, _ en: Range<Int>) -> Bool {
    if !zh.contains(where: { zhExclusive[$0] }) && !en.contains(where: { enExclusive[$0] }) {
      return true
    }
    return StructureRule.compatible(zhKinds[zh], enKinds[en])
  }
}
