import Foundation

/// Combines dictionary, anchor and length evidence into one similarity in [0, 1].
struct CompositeScorer {
  let lexical: LexicalScorer
  let anchors: AnchorScorer
  var length: LengthScorer
  /// Pair evidence for the dynamic program's sweep; nil scores without caching.
  var cache: EvidenceCache?

  /// Similarity of a bead: coverage of both sides, weighted by length agreement.
  func score(zh: Range<Int>, en: Range<Int>) -> Double {
    let evidence: Evidence
    if let cache {
      evidence =
        lexical.evidence(zh: zh, en: en) { cache.entry($0, $1).masks }
        + anchors.evidence(zh: zh, en: en) { cache.entry($0, $1).anchors }
    } else {
      evidence = lexical.evidence(zh: zh, en: en) + anchors.evidence(zh: zh, en: en)
    }
    let coverage = evidence.coverage
    if coverage == 0 { return 0 }
    let lengthScore = length.score(zh: zh, en: en)
    // A bead is only as good as its weakest substantial sentence: a well-matched pair must
    // not carry a sentence that belongs elsewhere or nowhere.
    let weakest = Double(evidence.weakestSentence)
    let support = weakest >= 0.5 * coverage ? 1 : 0.6 + 0.4 * weakest / (0.5 * coverage)
    return coverage * (0.4 + 0.6 * lengthScore) * support
  }
}
