import Foundation

/// Maps a similarity to a probability that the pair is right.
enum Confidence {
  /// Logistic map of the similarity, lowered when a nearby alternative (`rival`) scores
  /// almost as well: at half the bead's similarity a rival costs nothing, at par it cuts
  /// the similarity to 30%.
  static func calibrated(_ similarity: Double, rival: Double = 0) -> Double {
    var adjusted = similarity
    if similarity > 0, rival > 0.5 * similarity {
      let ratio = min(1, (rival / similarity - 0.5) / 0.5)
      adjusted = similarity * (1 - 0.7 * ratio)
    }
    return 1 / (1 + exp(-14 * (adjusted - 0.3)))
  }

  /// The best similarity of a nearby alternative: the bead's Chinese sentences with one
  /// English sentence just outside it, or its English sentences with one Chinese sentence
  /// just outside it — counted only when that sentence is not better explained by its
  /// own pair (`zhOwner`/`enOwner` hold each sentence's bead similarity, 0 if unaligned).
  /// A pair with an equally good rival is ambiguous (comparable text, rewritten passages),
  /// whatever its own score.
  static func rival(
    of step: DynamicProgram.Step, scorer: CompositeScorer, zhOwner: [Double], enOwner: [Double]
  ) -> Double {
    let window = 2
    var best = 0.0
    for j in max(0, step.en.lowerBound - window)..<min(enOwner.count, step.en.upperBound + window)
    where !step.en.contains(j) {
      let candidate = scorer.score(zh: step.zh, en: j..<(j + 1))
      if candidate > enOwner[j] { best = max(best, candidate) }
    }
    for i in max(0, step.zh.lowerBound - window)..<min(zhOwner.count, step.zh.upperBound + window)
    where !step.zh.contains(i) {
      let candidate = scorer.score(zh: i..<(i + 1), en: step.en)
      if candidate > zhOwner[i] { best = max(best, candidate) }
    }
    return best
  }
}
