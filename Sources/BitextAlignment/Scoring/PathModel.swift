import Foundation

/// The dynamic program's objective: which path through the two texts is most probable.
///
/// Evidence adds up, as log-odds do: a bead gains from its dictionary and anchor coverage
/// (per sentence, against a threshold at which a pair is as likely right as wrong) and from
/// the agreement of its lengths with the document's own ratio (Gale–Church: a log
/// likelihood, so perfect lengths with no shared word still count); larger shapes pay a
/// prior. Each sentence left out pays ``skipCost``, derived from the document itself: the
/// gain that the best fifth of random, certainly wrong 1-1 pairs reach (as Vecalign sets
/// its deletion penalty from a percentile of random pair costs). So a sentence stays
/// unaligned only where no bead explains it better than chance; whether a pair is good
/// enough for the translation memory is the confidence's decision, not the path's.
struct PathModel {
  /// Weight of coverage (0…1) per sentence of the bead.
  var lexicalWeight: Double
  /// Coverage per sentence at which the lexical evidence is neutral.
  var lexicalThreshold: Double
  /// Weight of the length evidence (1 + log score: 1 at perfect agreement).
  var lengthWeight: Double
  /// Prior cost per sentence beyond 1-1.
  var shapePenalty: Double
  /// Weight of the embedding cosine per sentence of the bead (when there is an encoder).
  var semanticWeight: Double = 0
  /// Cosine at which the embedding evidence is neutral.
  var semanticThreshold: Double = 0.4
  /// The embedding evidence is × (sentences / 2) to this power.
  var semanticSizeExponent: Double = 1
  /// Whether the embedding evidence is the margin cosine (``SemanticScorer/marginCosine``).
  var semanticMargin = false
  /// Weight of the punctuation log odds (``PunctuationScorer``).
  var punctuationWeight = 0.0
  /// Cost of a multi-sentence bead one of whose substantial sentences is not explained.
  var weakSentencePenalty: Double
  /// Cost of leaving one sentence out.
  var skipCost: Double

  /// The gain of the bead `zh` × `en`.
  func gain(_ scorer: CompositeScorer, zh: Range<Int>, en: Range<Int>) -> Double {
    let size = Double(zh.count + en.count)
    let evidence = scorer.evidence(zh: zh, en: en)
    // Each sentence's own coverage against the threshold: a sentence that the other side
    // does not explain costs its bead, so it goes to the neighbour that explains it.
    let perSentence = Double(
      evidence.sentenceMatched - Float(lexicalThreshold) * evidence.sentenceWeight)
    // Anchors (numbers, names, Latin tokens) found on both sides.
    let anchored = Double(evidence.enMatched > 0 && evidence.enTotal > 0 ? 1 : 0)
    var lexical = lexicalWeight * (perSentence / 2 + 0.5 * anchored)
    // A sentence with content words of which the bead's other side explains none
    // belongs elsewhere or nowhere.
    lexical -= weakSentencePenalty * Double(evidence.unexplainedSentences)
    let length = lengthWeight * (1 + scorer.length.logScore(zh: zh, en: en))
    if !scorer.semantic.isEmpty {
      // Embedding cosine against its neutral point, per sentence as coverage is.
      let scale = semanticSizeExponent == 1 ? size / 2 : pow(size / 2, semanticSizeExponent)
      let cosine =
        semanticMargin
        ? scorer.semantic.marginCosine(zh: zh, en: en) : scorer.semantic.cosine(zh: zh, en: en)
      lexical += scale * semanticWeight * (cosine - semanticThreshold)
    }
    if punctuationWeight > 0, let punctuation = scorer.punctuation {
      lexical += punctuationWeight * punctuation.evidence(zh: zh, en: en)
    }
    return lexical + length - shapePenalty * (size - 2)
  }

  /// Per-sentence skip costs, `cost` where the text around is parallel and lower where
  /// it is not: between two consecutive anchors, a side with many more sentences than the
  /// other (a Chinese article whose English is only an abstract) must leave most of them
  /// out, so there each left-out sentence costs in proportion to the share that could have
  /// a counterpart, down to `-reward` (leaving out is then better than a weak pair).
  static func regionalSkipCosts(
    n: Int, m: Int, anchors: [(Int, Int)], cost: Double, reward: Double, slack: Double = 1
  ) -> (zh: [Double], en: [Double]) {
    var zh = [Double](repeating: cost, count: n)
    var en = [Double](repeating: cost, count: m)
    let points = [(-1, -1)] + anchors + [(n, m)]
    // Chinese sentences per English sentence where this document is parallel: over the
    // stretches between anchors whose counts are within a factor of three.
    var parallel = (zh: 0, en: 0)
    for k in 0..<(points.count - 1) {
      let a = max(0, points[k + 1].0 - points[k].0 - 1)
      let b = max(0, points[k + 1].1 - points[k].1 - 1)
      if a + b > 0, a <= 3 * b + 1, b <= 3 * a + 1 { parallel = (parallel.zh + a, parallel.en + b) }
    }
    let ratio =
      parallel.en > 0
      ? min(2, max(0.5, Double(parallel.zh) / Double(parallel.en)))
      : min(2, max(0.5, Double(n) / Double(max(1, m))))
    for k in 0..<(points.count - 1) {
      let zhRange = (points[k].0 + 1)..<max(points[k].0 + 1, points[k + 1].0)
      let enRange = (points[k].1 + 1)..<max(points[k].1 + 1, points[k + 1].1)
      let a = Double(zhRange.count)
      let b = Double(enRange.count)
      // A translation may join up to `slack` sentences into one here and there (1-2,
      // 1-3 beads), so only a stretch beyond that is taken as one-sided.
      let zhShare = min(1, (slack * b * ratio + 2) / (a + 1))
      let enShare = min(1, (slack * a / ratio + 2) / (b + 1))
      for i in zhRange { zh[i] = zhShare * cost - (1 - zhShare) * reward }
      for j in enRange { en[j] = enShare * cost - (1 - enShare) * reward }
    }
    return (zh, en)
  }

  /// The skip cost for this document: half the gain that random 1-1 pairs far from the
  /// diagonal reach at `percentile` (so a 1-1 bead is preferred to two skipped sentences
  /// when it beats that share of certainly-wrong pairs), never below `minimum`.
  static func skipCost(
    n: Int, m: Int, percentile: Double, minimum: Double, gain: (Int, Int) -> Double
  ) -> Double {
    guard n >= 4, m >= 4 else { return minimum }
    var gains: [Double] = []
    let distance = max(3, min(n, m) / 10)
    var state: UInt64 = 0x2545_F491_4F6C_DD1D
    for _ in 0..<min(2000, 4 * n * m) {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      let i = Int((state >> 33) % UInt64(n))
      let j = Int((state >> 13) % UInt64(m))
      let expected = i * m / n
      guard abs(j - expected) >= distance else { continue }
      gains.append(gain(i, j))
    }
    guard gains.count >= 20 else { return minimum }
    gains.sort()
    let value = gains[min(gains.count - 1, Int(Double(gains.count) * percentile))]
    return max(minimum, -value / 2)
  }
}
