/// Finds sure 1-1 pairs cheaply, before the dynamic program: each Chinese sentence votes
/// for English sentences through an inverted index of gloss stems, the best candidates
/// are scored, mutual best pairs above a threshold are kept, and the heaviest increasing
/// chain of them becomes the anchor path.
///
/// - Complexity: O(N·t·p + K log K) for N sentences, t translations per sentence, p
///   postings per stem (capped) and K candidate pairs; the best candidates of a sentence
///   are selected, not sorted.
import Foundation

struct AnchorFinder {
  let zh: [ChineseFeatures]
  let en: [EnglishFeatures]
  let score: (Int, Int) -> Double
  var threshold = 0.45
  /// Further candidate pairs with their weight (mutual nearest neighbours by sentence
  /// embedding), joined to the dictionary's before the chain is chosen.
  var extraPairs: [(Int, Int, Double)] = []
  /// An anchor off the line between its neighbours by more than `outlierSlack +
  /// outlierShare × their distance` is dropped (``withoutOutliers(_:slack:share:)``).
  var outlierSlack = 5.0
  var outlierShare = 0.3
  /// Stems found in more English sentences than this are not used for voting.
  var maxPostings = 5_000
  /// Translations (the rarest) each Chinese sentence votes with.
  var rarestStems = 8
  /// English sentences scored per Chinese sentence (the best voted).
  var candidatesPerSentence = 4

  private static func ranks(
    _ a: (j: Int, votes: Float, distance: Int), before b: (j: Int, votes: Float, distance: Int)
  ) -> Bool {
    a.votes != b.votes ? a.votes > b.votes : a.distance < b.distance
  }

  func anchors() -> [(Int, Int)] {
    var postings: [Int32: [Int32]] = [:]
    for (j, features) in en.enumerated() {
      for stem in features.stemSet { postings[stem, default: []].append(Int32(j)) }
    }
    var bestForZh = [(Int, Double)](repeating: (-1, 0), count: zh.count)
    var bestForEn = [(Int, Double)](repeating: (-1, 0), count: en.count)
    var votes = [Float](repeating: 0, count: en.count)
    var touched: [Int] = []
    var stems: [(stem: Int32, postings: Int, weight: Float)] = []
    for i in zh.indices {
      // Vote through the sentence's rarest translations only: cheap for common words,
      // and rare words are the ones that point at the right sentence.
      stems.removeAll(keepingCapacity: true)
      for word in zh[i].words {
        for stem in word.translations {
          guard let list = postings[stem], list.count <= maxPostings else { continue }
          stems.append((stem, list.count, word.weight))
        }
      }
      stems.sort { $0.postings < $1.postings }
      var used: Set<Int32> = []
      for (stem, count, weight) in stems where used.count < rarestStems {
        guard used.insert(stem).inserted, let list = postings[stem] else { continue }
        let vote = weight / log2(2 + Float(count))
        for j in list {
          if votes[Int(j)] == 0 { touched.append(Int(j)) }
          votes[Int(j)] += vote
        }
      }
      // The four best voted, nearest to the diagonal among equal votes (a repeated
      // sentence votes alike for all its copies; the copy in place is the likely one).
      let expected = i * en.count / max(1, zh.count)
      var candidates: [(j: Int, votes: Float, distance: Int)] = []
      for j in touched {
        let entry = (j: j, votes: votes[j], distance: abs(j - expected))
        if candidates.count == candidatesPerSentence,
          let last = candidates.last, !Self.ranks(entry, before: last)
        {
          continue
        }
        let at = candidates.firstIndex { Self.ranks(entry, before: $0) } ?? candidates.count
        candidates.insert(entry, at: at)
        if candidates.count > candidatesPerSentence { candidates.removeLast() }
      }
      for (j, _, _) in candidates {
        let s = score(i, j)
        if s > bestForZh[i].1 { bestForZh[i] = (j, s) }
        if s > bestForEn[j].1 { bestForEn[j] = (i, s) }
      }
      for j in touched { votes[j] = 0 }
      touched.removeAll(keepingCapacity: true)
    }
    var pairs: [(Int, Int, Double)] = []
    for i in zh.indices {
      let (j, s) = bestForZh[i]
      if j >= 0, s >= threshold, bestForEn[j].0 == i { pairs.append((i, j, s)) }
    }
    if !extraPairs.isEmpty {
      // A pair found both ways counts once, with the larger weight.
      var weights: [Int: Double] = [:]
      for (i, j, s) in pairs + extraPairs {
        weights[i * en.count + j] = max(weights[i * en.count + j] ?? 0, s)
      }
      pairs = weights.map { ($0.key / en.count, $0.key % en.count, $0.value) }
    }
    return Self.withoutOutliers(Self.heaviestChain(pairs), slack: outlierSlack, share: outlierShare)
  }

  /// Anchors further than `slack + share × span` from the straight line between the
  /// anchors before and after them are dropped, the span being the mean of the two
  /// sides' distances between those neighbours: a pair that agrees with neither
  /// neighbour is a coincidence (a repeated name or phrase), and an anchor is forced on
  /// the path. A jump of the whole chain (from an article to its abstract) keeps its
  /// anchors: each of them is in line with a neighbour on its side of the jump.
  static func withoutOutliers(_ chain: [(Int, Int)], slack: Double, share: Double) -> [(Int, Int)] {
    guard chain.count >= 3 else { return chain }
    var kept = [chain[0]]
    for k in 1..<(chain.count - 1) {
      let (i0, j0) = kept[kept.count - 1]
      let (i, j) = chain[k]
      let (i1, j1) = chain[k + 1]
      let di = Double(i1 - i0)
      let dj = Double(j1 - j0)
      let expectedJ = Double(j0) + dj * Double(i - i0) / max(1, di)
      let expectedI = Double(i0) + di * Double(j - j0) / max(1, dj)
      let deviation = min(abs(Double(j) - expectedJ), abs(Double(i) - expectedI))
      if deviation <= slack + share * (di + dj) / 2 { kept.append(chain[k]) }
    }
    kept.append(chain[chain.count - 1])
    return kept
  }

  /// The increasing subsequence (on both sides) with the largest total score.
  static func heaviestChain(_ pairs: [(Int, Int, Double)]) -> [(Int, Int)] {
    guard !pairs.isEmpty else { return [] }
    let sorted = pairs.sorted { ($0.0, $0.1) < ($1.0, $1.1) }
    let maxJ = sorted.map(\.1).max()! + 1
    // Fenwick tree over j holding (best total, index).
    var tree = [(Double, Int)](repeating: (0, -1), count: maxJ + 1)
    func query(_ j: Int) -> (Double, Int) {  // best over en < j
      var k = j
      var best = (0.0, -1)
      while k > 0 {
        if tree[k].0 > best.0 { best = tree[k] }
        k -= k & -k
      }
      return best
    }
    func update(_ j: Int, _ value: (Double, Int)) {
      var k = j + 1
      while k <= maxJ {
        if value.0 > tree[k].0 { tree[k] = value }
        k += k & -k
      }
    }
    var total = [Double](repeating: 0, count: sorted.count)
    var previous = [Int](repeating: -1, count: sorted.count)
    var start = 0
    while start < sorted.count {
      var end = start
      while end < sorted.count, sorted[end].0 == sorted[start].0 { end += 1 }
      for k in start..<end {
        let (best, index) = query(sorted[k].1)
        total[k] = best + sorted[k].2
        previous[k] = index
      }
      for k in start..<end { update(sorted[k].1, (total[k], k)) }
      start = end
    }
    var k = total.indices.max { total[$0] < total[$1] }!
    var chain: [(Int, Int)] = []
    while k >= 0 {
      chain.append((sorted[k].0, sorted[k].1))
      k = previous[k]
    }
    return chain.reversed()
  }
}
