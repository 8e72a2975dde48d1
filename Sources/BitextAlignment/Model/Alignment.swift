public import BitextCore

/// The result of aligning a document: the sentences of each side and the pairs found.
public struct Alignment: Sendable, CustomDebugStringConvertible {
  /// Chinese sentences, in reading order.
  public var zh: [TextUnit]
  /// English sentences, in reading order.
  public var en: [TextUnit]
  /// Pairs, in reading order of the Chinese side.
  public var beads: [Bead]
  /// Regions of the two sides found to be versions of the same text.
  public var sections: [SectionMatch]
  /// Warnings for the user (no dictionary, no English text …).
  public var warnings: [String]
  /// The export threshold of the aligner that made this alignment: pairs at or above it
  /// go to the translation memory (``exportedBeads``).
  public var minimumConfidence: Double = 0.6

  /// The pairs at or above ``minimumConfidence``, the ones a TMX holds.
  public var exportedBeads: [Bead] { beads.filter { $0.confidence >= minimumConfidence } }

  /// Creates an alignment from parts.
  public init(
    zh: [TextUnit], en: [TextUnit], beads: [Bead], sections: [SectionMatch] = [],
    warnings: [String] = []
  ) {
    self.zh = zh
    self.en = en
    self.beads = beads
    self.sections = sections
    self.warnings = warnings
  }

  /// Chinese sentence indices that no bead covers.
  public var unalignedZh: [Int] { uncovered(zh.count) { $0.zh } }
  /// English sentence indices that no bead covers.
  public var unalignedEn: [Int] { uncovered(en.count) { $0.en } }

  private func uncovered(_ count: Int, _ side: (Bead) -> Range<Int>) -> [Int] {
    var covered = [Bool](repeating: false, count: count)
    for bead in beads { for i in side(bead) { covered[i] = true } }
    return covered.indices.filter { !covered[$0] }
  }

  /// The joined Chinese text of a bead.
  public func zhText(_ bead: Bead) -> String { join(bead.zh.map { zh[$0] }, chinese: true) }
  /// The joined English text of a bead.
  public func enText(_ bead: Bead) -> String { join(bead.en.map { en[$0] }, chinese: false) }

  private func join(_ units: [TextUnit], chinese: Bool) -> String {
    var result = ""
    for unit in units {
      if !result.isEmpty,
        !chinese || (result.last?.isASCII == true && unit.text.first?.isASCII == true)
      {
        result += " "
      }
      result += unit.text
    }
    return result
  }

  /// One line per bead: `0-1 ↔ 0  0.83` (Chinese indices ↔ English indices, confidence).
  public var debugDescription: String {
    beads.map { bead in
      func show(_ r: Range<Int>) -> String {
        r.count == 1 ? "\(r.lowerBound)" : "\(r.lowerBound)-\(r.upperBound - 1)"
      }
      let confidence = (bead.confidence * 100).rounded() / 100
      return "\(show(bead.zh)) ↔ \(show(bead.en))  \(confidence)"
    }.joined(separator: "\n")
  }
}

/// A region of the Chinese side and a region of the English side that are the same text.
public struct SectionMatch: Sendable, Hashable {
  /// Chinese sentence indices of the region.
  public var zh: Range<Int>
  /// English sentence indices of the region.
  public var en: Range<Int>
  /// Pairs found inside the region.
  public var pairs: Int
}
