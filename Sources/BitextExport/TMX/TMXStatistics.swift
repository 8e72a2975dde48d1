/// Counts for `bitext tmx stats`.
public struct TMXStatistics: Sendable {
  /// Units in the file.
  public var units = 0
  /// Units per `xml:lang`.
  public var languages: [String: Int] = [:]
  /// Units whose zh/en text repeats an earlier unit.
  public var duplicates = 0
  /// Units whose English/Chinese length ratio is far from the file's median.
  public var lengthOutliers: [TMXUnit] = []
  /// Median English letters per Chinese character.
  public var medianRatio = 0.0

  /// Computes statistics of `document`.
  ///
  /// - Complexity: O(n log n) for n units.
  public init(_ document: TMXDocument) {
    units = document.units.count
    var seen: Set<String> = []
    var ratios: [(Double, TMXUnit)] = []
    for unit in document.units {
      for variant in unit.variants { languages[variant.language, default: 0] += 1 }
      let zh = unit.text(language: "zh") ?? ""
      let en = unit.text(language: "en") ?? ""
      if !seen.insert(zh + "\u{1}" + en).inserted { duplicates += 1 }
      let zhLength = Double(zh.unicodeScalars.count { !$0.properties.isWhitespace })
      let enLength = Double(en.unicodeScalars.count { !$0.properties.isWhitespace })
      if zhLength > 0 && enLength > 0 { ratios.append((enLength / zhLength, unit)) }
    }
    guard !ratios.isEmpty else { return }
    let sorted = ratios.map(\.0).sorted()
    medianRatio = sorted[sorted.count / 2]
    lengthOutliers = ratios.filter { $0.0 > medianRatio * 2.5 || $0.0 < medianRatio / 2.5 }.map(\.1)
  }
}
