import Foundation

/// Combines dictionary, anchor and length evidence into one similarity in [0, 1].
struct CompositeScorer {
  let lexical: LexicalScorer
  let anchors: AnchorScorer
  var length: LengthScorer
  /// Sentence-embedding evidence (empty without an encoder).
  var semantic = SemanticScorer(zh: [], en: [])
  /// Question, exclamation and quotation marks kept by the translation (nil: not used).
  var punctuation: PunctuationScorer?
  /// Whether embeddings count in the confidence, and the cosine at which they start to
  /// count and where they are full.
  var semanticInConfidence = false
  var semanticFloor = 0.6
  var semanticFull = 0.9
  /// Pair evidence computed ahead for the dynamic program; nil computes pairs on demand.
  var pairs: PairTable?

  /// Similarity of a bead: coverage of both sides, weighted by length agreement. This is
  /// the evidence the confidence is calibrated on.
  func score(zh: Range<Int>, en: Range<Int>) -> Double {
    let coverage = supportedCoverage(zh: zh, en: en)
    let semantic =
      semanticInConfidence
      ? semantic.similarity(zh: zh, en: en, floor: semanticFloor, full: semanticFull) : 0
    // Dictionary and embeddings are two witnesses: either may vouch for the pair
    // (noisy-or), the lengths weigh both.
    let combined = 1 - (1 - coverage) * (1 - semantic)
    if combined == 0 { return 0 }
    return combined * (0.4 + 0.6 * length.score(zh: zh, en: en))
  }

  /// Evidence of the bead from the dictionary and anchors.
  func evidence(zh: Range<Int>, en: Range<Int>) -> Evidence {
    if let pairs {
      return lexical.evidence(zh: zh, en: en) { pairs.entry($0, $1).masks }
        + anchors.evidence(zh: zh, en: en) { pairs.entry($0, $1).anchors }
    }
    return lexical.evidence(zh: zh, en: en) + anchors.evidence(zh: zh, en: en)
  }

  /// Lexical and anchor coverage of the bead (harmonic mean of both sides), lowered when
  /// one of its substantial sentences is poorly covered: a bead is only as good as its
  /// weakest sentence, so a well-matched pair does not carry a sentence that belongs
  /// elsewhere or nowhere.
  func supportedCoverage(zh: Range<Int>, en: Range<Int>) -> Double {
    let evidence = evidence(zh: zh, en: en)
    let coverage = evidence.coverage
    if coverage == 0 { return 0 }
    let weakest = Double(evidence.weakestSentence)
    var support = weakest >= 0.5 * coverage ? 1 : 0.6 + 0.4 * weakest / (0.5 * coverage)
    // A sentence with content of which nothing is explained halves the bead's support.
    if evidence.unexplainedSentences > 0 { support *= 0.5 }
    return coverage * support
  }
}
