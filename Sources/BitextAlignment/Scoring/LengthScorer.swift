import Foundation

/// Gale–Church style length evidence over the Chinese/English character ratio: English
/// letters against Han characters, with the ratio estimated per document.
struct LengthScorer {
  let zh: [ChineseFeatures]
  let en: [EnglishFeatures]
  /// Expected English letters per Chinese character.
  var ratio: Double = 3.0
  /// Spread of the log ratio.
  var sigma: Double = 0.45

  /// Likelihood-like score in (0, 1]: 1 when lengths agree exactly with the ratio.
  func score(zh zhRange: Range<Int>, en enRange: Range<Int>) -> Double {
    exp(logScore(zh: zhRange, en: enRange))
  }

  /// The log of ``score(zh:en:)``: −½·(deviation of the log length ratio / sigma)², 0 when
  /// the lengths agree exactly with the ratio.
  func logScore(zh zhRange: Range<Int>, en enRange: Range<Int>) -> Double {
    let z = zhRange.reduce(0.0) { $0 + zh[$1].length }
    let e = enRange.reduce(0.0) { $0 + en[$1].length }
    let deviation = log((e + 4) / (z * ratio + 4)) / sigma
    return -0.5 * deviation * deviation
  }

  /// The ratio and spread of a document's own bead lengths: median and 1.4826 × median
  /// absolute deviation of the log ratio over `beads` (robust to a few wrong beads).
  func estimated(from beads: [(Range<Int>, Range<Int>)]) -> (ratio: Double, sigma: Double)? {
    guard beads.count >= 5 else { return nil }
    let logs = beads.map { zhRange, enRange -> Double in
      let z = zhRange.reduce(0.0) { $0 + zh[$1].length }
      let e = enRange.reduce(0.0) { $0 + en[$1].length }
      return log((e + 4) / (z * ratio + 4)) + log(ratio)
    }.sorted()
    let median = logs[logs.count / 2]
    let deviations = logs.map { abs($0 - median) }.sorted()
    let spread = 1.4826 * deviations[deviations.count / 2]
    return (min(6, max(1.5, exp(median))), min(0.8, max(0.25, spread)))
  }
}
