import BitextEmbedding
import Dispatch
import Foundation

/// Sentence-embedding evidence: the cosine between a bead's Chinese and English sides,
/// each side the embedding of its joined text (or, in long documents, the sum of its
/// sentences' embeddings), from USE multilingual v3.
struct SemanticScorer {
  /// Unit-length embedding of each Chinese sentence (empty when there is no encoder).
  let zh: [[Float]]
  /// Unit-length embedding of each English sentence.
  let en: [[Float]]

  /// Embeddings of the joined text of runs of 2…`span` consecutive sentences, at
  /// `[start * (span - 1) + length - 2]` (empty when not computed: sums stand in).
  var zhRuns: [[Float]] = []
  var enRuns: [[Float]] = []
  var span = 0

  var isEmpty: Bool { zh.isEmpty || en.isEmpty }

  /// Embeddings of each sentence and, for documents of at most `limit` sentences a side,
  /// of the joined text of each run of up to `span` sentences (as Bertalign embeds the
  /// concatenation of a bead's side).
  init(
    encoder: SentenceEncoder?, zh zhTexts: [String], en enTexts: [String], span: Int, limit: Int
  ) {
    guard let encoder else {
      self.init(zh: [], en: [])
      return
    }
    self.init(
      zh: Self.embedAll(zhTexts, encoder), en: Self.embedAll(enTexts, encoder))
    guard span >= 2, zhTexts.count <= limit, enTexts.count <= limit else { return }
    self.span = span
    func runs(_ texts: [String], separator: String) -> [[Float]] {
      var joined: [String] = []
      var present: [Bool] = []
      for start in texts.indices {
        for length in 2...span {
          let fits = start + length <= texts.count
          present.append(fits)
          joined.append(fits ? texts[start..<(start + length)].joined(separator: separator) : "")
        }
      }
      let vectors = Self.embedAll(joined, encoder)
      return zip(vectors, present).map { $1 ? $0 : [] }
    }
    zhRuns = runs(zhTexts, separator: "")
    enRuns = runs(enTexts, separator: " ")
  }

  /// Embeddings of `texts`, computed on every core, in batches (the encoder's head runs
  /// once per batch).
  static func embedAll(_ texts: [String], _ encoder: SentenceEncoder) -> [[Float]] {
    let batches = stride(from: 0, to: texts.count, by: 32).map {
      Array(texts[$0..<min(texts.count, $0 + 32)])
    }
    return batches.parallelMap(minimumPerWorker: 1, context: {}) { _, batch in
      encoder.embed(batch)
    }.flatMap { $0 }
  }

  init(zh: [[Float]], en: [[Float]]) {
    self.zh = zh
    self.en = en
  }

  private func side(_ range: Range<Int>, _ single: [[Float]], _ runs: [[Float]]) -> [Float] {
    if range.count == 1 { return single[range.lowerBound] }
    if range.count <= span, !runs.isEmpty {
      let run = runs[range.lowerBound * (span - 1) + range.count - 2]
      if !run.isEmpty { return run }
    }
    var sum = [Float](repeating: 0, count: SentenceEncoder.dimension)
    for i in range { for k in sum.indices { sum[k] += single[i][k] } }
    return sum
  }

  /// Cosine of the two sides of the bead, in [-1, 1]; 0 without embeddings.
  func cosine(zh zhRange: Range<Int>, en enRange: Range<Int>) -> Double {
    guard !isEmpty else { return 0 }
    let d = SentenceEncoder.dimension
    let a = side(zhRange, zh, zhRuns)
    let b = side(enRange, en, enRuns)
    var dot: Float = 0
    var na: Float = 0
    var nb: Float = 0
    for k in 0..<d {
      dot += a[k] * b[k]
      na += a[k] * a[k]
      nb += b[k] * b[k]
    }
    guard na > 0, nb > 0 else { return 0 }
    return Double(dot / (na.squareRoot() * nb.squareRoot()))
  }

  /// Sentence pairs that are each other's nearest neighbour by embedding over the whole
  /// document, with a cosine of at least `minimumCosine` (as anchor candidates); none
  /// when the document has more than `maximumCells` sentence pairs.
  func mutualNeighbours(minimumCosine: Double, maximumCells: Int) -> [(Int, Int, Double)] {
    guard !isEmpty, zh.count * en.count <= maximumCells else { return [] }
    return MutualNeighbours.pairs(zh, en).compactMap { i, j, cosine in
      Double(cosine) >= minimumCosine ? (i, j, Double(cosine)) : nil
    }
  }

  /// The cosine of the bead less the mean cosine of each side with the single sentences
  /// just before and after the bead on the other side (Bertalign's margin): a bead that a
  /// neighbouring sentence would match as well is missing that sentence, or is not the
  /// translation, so the margin is near 0 there and clearly above it for a whole bead.
  func marginCosine(zh zhRange: Range<Int>, en enRange: Range<Int>) -> Double {
    guard !isEmpty else { return 0 }
    let a = side(zhRange, zh, zhRuns)
    let b = side(enRange, en, enRuns)
    let na = Self.dot(a, a).squareRoot()
    let nb = Self.dot(b, b).squareRoot()
    guard na > 0, nb > 0 else { return 0 }
    // Sentence embeddings are unit length: a neighbour's cosine is its dot over one norm.
    func neighbours(_ v: [Float], _ norm: Float, _ range: Range<Int>, _ other: [[Float]]) -> Float {
      let left = range.lowerBound > 0 ? Self.dot(v, other[range.lowerBound - 1]) : 0
      let right = range.upperBound < other.count ? Self.dot(v, other[range.upperBound]) : 0
      return (left + right) / (2 * norm)
    }
    let margin = (neighbours(a, na, enRange, en) + neighbours(b, nb, zhRange, zh)) / 2
    return Double(Self.dot(a, b) / (na * nb) - margin)
  }

  private static func dot(_ a: [Float], _ b: [Float]) -> Float {
    var sum: Float = 0
    for k in a.indices { sum += a[k] * b[k] }
    return sum
  }

  /// Similarity in [0, 1] from the cosine: 0 at or below `floor` (unrelated sentences of
  /// one topic reach about 0.3), 1 at `full`.
  func similarity(zh: Range<Int>, en: Range<Int>, floor: Double, full: Double) -> Double {
    guard !isEmpty else { return 0 }
    return min(1, max(0, (cosine(zh: zh, en: en) - floor) / (full - floor)))
  }
}
