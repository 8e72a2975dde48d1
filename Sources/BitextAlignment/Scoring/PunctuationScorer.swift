import Foundation

/// Evidence from marks a translation keeps: a question, an exclamation, quoted speech.
/// Each sentence has a flag per mark; a bead's side has the flags of any of its sentences,
/// and each mark on which the two sides agree or disagree adds the log odds of that
/// outcome in this document's well-supported pairs against the same sides paired at random
/// (``estimate(from:)``), so a document without dialogue gets no weight from quotes and
/// one full of it learns how much they say.
struct PunctuationScorer {
  /// Flags of each sentence: bit 0 question, bit 1 exclamation, bit 2 a quotation opens,
  /// bit 3 one closes (a speech over several sentences opens in the first and closes in
  /// the last, on both sides).
  let zh: [UInt8]
  let en: [UInt8]
  /// Per mark: log odds of agreement and of disagreement (0 until estimated).
  var agree: [Double] = [0, 0, 0, 0]
  var disagree: [Double] = [0, 0, 0, 0]

  static let markCount = 4

  init(zh: [String], en: [String]) {
    self.zh = zh.map(Self.chineseFlags)
    self.en = en.map(Self.englishFlags)
  }

  /// Whether any mark carries weight.
  var isActive: Bool { agree.contains { $0 != 0 } || disagree.contains { $0 != 0 } }

  /// Flags of a sentence of the first side (Chinese, or Russian).
  static func chineseFlags(_ text: String) -> UInt8 {
    var flags: UInt8 = 0
    for scalar in text.unicodeScalars {
      switch scalar {
      case "？", "?": flags |= 1
      case "！", "!": flags |= 2
      // Title marks count as quotation marks: English quotes or italicizes a title.
      // (Guillemets: the first side may be Russian.)
      case "“", "「", "『", "《", "〈", "«", "„": flags |= 4
      case "”", "」", "』", "》", "〉", "»": flags |= 8
      case "\"": flags |= 12
      default: break
      }
    }
    return flags
  }

  /// Flags of an English sentence (straight quotes read by position).
  static func englishFlags(_ text: String) -> UInt8 {
    var flags: UInt8 = 0
    let scalars = Array(text.unicodeScalars)
    for (k, scalar) in scalars.enumerated() {
      switch scalar {
      case "?": flags |= 1
      case "!": flags |= 2
      case "“": flags |= 4
      case "”": flags |= 8
      case "\"", "'", "‘", "’":
        // Opening where no letter, digit or punctuation precedes it; closing where none
        // follows; neither between two letters (an apostrophe). "boys' " (a plural
        // possessive) reads as a closing mark: rare next to quoted speech.
        let space = CharacterSet.whitespaces
        let before =
          k == 0 || space.contains(scalars[k - 1]) || "([—-".unicodeScalars.contains(scalars[k - 1])
        let after =
          k + 1 == scalars.count || space.contains(scalars[k + 1])
          || ")]—-".unicodeScalars.contains(scalars[k + 1])
        if before && !after { flags |= 4 }
        if after && !before { flags |= 8 }
      default: break
      }
    }
    return flags
  }

  private func flags(_ range: Range<Int>, _ side: [UInt8]) -> UInt8 {
    range.reduce(0) { $0 | side[$1] }
  }

  /// The summed log odds of the bead's agreements and disagreements.
  func evidence(zh zhRange: Range<Int>, en enRange: Range<Int>) -> Double {
    guard isActive else { return 0 }
    let a = flags(zhRange, zh)
    let b = flags(enRange, en)
    var total = 0.0
    for mark in 0..<Self.markCount {
      let bit = UInt8(1 << mark)
      total += (a & bit) == (b & bit) ? agree[mark] : disagree[mark]
    }
    return total
  }

  /// Log odds from `beads` (well-supported pairs of a first pass) against the same sides
  /// shifted by one bead (pairs that are certainly wrong but of the same document),
  /// smoothed, each within [-2, 1]; unchanged when there are fewer than 30 beads.
  mutating func estimate(from beads: [(Range<Int>, Range<Int>)]) {
    guard beads.count >= 30 else { return }
    for mark in 0..<Self.markCount {
      let bit = UInt8(1 << mark)
      var right = 0
      var shifted = 0
      for (k, bead) in beads.enumerated() {
        let a = flags(bead.0, zh) & bit
        if a == flags(bead.1, en) & bit { right += 1 }
        if a == flags(beads[(k + 1) % beads.count].1, en) & bit { shifted += 1 }
      }
      let n = Double(beads.count)
      let p1 = (Double(right) + 1) / (n + 2)
      let p0 = (Double(shifted) + 1) / (n + 2)
      agree[mark] = min(1, max(-2, log(p1 / p0)))
      disagree[mark] = min(1, max(-2, log((1 - p1) / (1 - p0))))
    }
  }
}
