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
    let z = zhRange.reduce(0.0) { $0 + zh[$1].length }
    let e = enRange.reduce(0.0) { $0 + en[$1].length }
    let deviation = log((e + 4) / (z * ratio + 4)) / sigma
    return exp(-0.5 * deviation * deviation)
  }
}
