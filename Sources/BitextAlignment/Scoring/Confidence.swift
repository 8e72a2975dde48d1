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

  /// Raises the confidence of a weak 1-1 pair that the structure forces: it sits inside a
  /// gapless run of parallel text, with at least `run` confident pairs touching it on each
  /// side. There the pair can only be this one; its own evidence need only be non-zero,
  /// with lengths that agree. (Shorter runs are not enough: in comparable text a weak
  /// pair between two good ones was seen to be wrong.)
  static func supportByNeighbours(
    _ beads: inout [Bead], run: Int = 3, lengthScore: (Range<Int>, Range<Int>) -> Double
  ) {
    let sure = 0.9
    let forced = 0.75
    func touches(_ a: Bead, _ b: Bead) -> Bool {
      a.zh.upperBound == b.zh.lowerBound && a.en.upperBound == b.en.lowerBound
    }
    let original = beads
    func runLength(from k: Int, step: Int) -> Int {
      var count = 0
      var current = k
      while count < run {
        let next = current + step
        guard next >= 0, next < original.count, original[next].confidence >= sure,
          step > 0
            ? touches(original[current], original[next])
            : touches(original[next], original[current])
        else { break }
        count += 1
        current = next
      }
      return count
    }
    for k in original.indices {
      let bead = original[k]
      guard bead.confidence < forced, bead.shape == BeadShape(zh: 1, en: 1), bead.score > 0.1,
        lengthScore(bead.zh, bead.en) >= 0.6
      else { continue }
      if runLength(from: k, step: -1) >= run && runLength(from: k, step: 1) >= run {
        beads[k].confidence = forced
      }
    }
  }

  /// Lowers the confidence of an isolated pair: no other pair within `window` sentences on
  /// both sides. Translated text comes in runs, so a lone match between two texts that are
  /// otherwise unrelated (a heading that shares a word, a date) is likely chance, unless
  /// its own evidence is strong — and a pair of a few words never counts as strong.
  static func discountIsolated(
    _ beads: inout [Bead], zhCount: Int, enCount: Int, window: Int = 4, strong: Double = 0.6,
    factor: Double = 0.6, isShort: (Bead) -> Bool
  ) {
    let original = beads
    for k in original.indices where original[k].score < strong || isShort(original[k]) {
      let bead = original[k]
      // Only text around the pair can make it lone: a one-sentence document is not.
      let zhAround =
        min(zhCount, bead.zh.upperBound + window) - max(0, bead.zh.lowerBound - window)
        - bead.zh.count
      let enAround =
        min(enCount, bead.en.upperBound + window) - max(0, bead.en.lowerBound - window)
        - bead.en.count
      guard zhAround >= 2 || enAround >= 2 else { continue }
      func near(_ other: Bead) -> Bool {
        other.zh.lowerBound - bead.zh.upperBound <= window
          && bead.zh.lowerBound - other.zh.upperBound <= window
          && other.en.lowerBound - bead.en.upperBound <= window
          && bead.en.lowerBound - other.en.upperBound <= window
      }
      let neighbours = (k - 3...k + 3).filter { $0 != k && original.indices.contains($0) }
      if !neighbours.contains(where: { near(original[$0]) && original[$0].score >= 0.3 }) {
        beads[k].confidence = min(bead.confidence, calibrated(bead.score * factor))
      }
    }
  }
}
