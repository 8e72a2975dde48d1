/// Scores a candidate bead: Chinese sentences `zh` against English sentences `en`.
///
/// Scorers are kept apart from the dynamic program (as Vecalign keeps its cost
/// computation apart from its DP), so each kind of evidence can be tested alone.
protocol Scorer {
  /// Evidence for the bead; see ``Evidence``.
  func evidence(zh: Range<Int>, en: Range<Int>) -> Evidence
}

/// Matched and total mass on each side, which scorers add up.
struct Evidence {
  /// Chinese mass matched in the English side.
  var zhMatched: Float = 0
  /// Chinese mass in all.
  var zhTotal: Float = 0
  /// English mass matched in the Chinese side.
  var enMatched: Float = 0
  /// English mass in all.
  var enTotal: Float = 0
  /// In a multi-sentence bead, the lowest coverage of one of its substantial sentences
  /// (1 when every sentence is well covered, or the bead is 1-1).
  var weakestSentence: Float = 1
  /// Per-sentence coverage, summed over the bead's sentences of both sides and smoothed
  /// towards neutral for sentences with little content: Σ matched / (total + 1).
  var sentenceMatched: Float = 0
  /// Σ total / (total + 1) over the same sentences: how much coverage evidence they hold
  /// (a sentence with one content word holds ½, one with many holds almost 1).
  var sentenceWeight: Float = 0
  /// In a multi-sentence bead, sentences with some content (two content words) of which
  /// the other side explains none.
  var unexplainedSentences: Int = 0

  static func + (a: Evidence, b: Evidence) -> Evidence {
    Evidence(
      zhMatched: a.zhMatched + b.zhMatched, zhTotal: a.zhTotal + b.zhTotal,
      enMatched: a.enMatched + b.enMatched, enTotal: a.enTotal + b.enTotal,
      weakestSentence: min(a.weakestSentence, b.weakestSentence),
      sentenceMatched: a.sentenceMatched + b.sentenceMatched,
      sentenceWeight: a.sentenceWeight + b.sentenceWeight,
      unexplainedSentences: a.unexplainedSentences + b.unexplainedSentences)
  }

  /// Harmonic mean of the two coverages, in [0, 1].
  var coverage: Double {
    guard zhTotal > 0, enTotal > 0 else { return 0 }
    let z = Double(min(zhMatched, zhTotal) / zhTotal)
    let e = Double(min(enMatched, enTotal) / enTotal)
    return z + e > 0 ? 2 * z * e / (z + e) : 0
  }
}
