package import BitextCore
import Foundation

/// A SentencePiece unigram tokenizer: `nmt_nfkc` normalization, then the Viterbi
/// segmentation into pieces of highest total score, exactly as SentencePiece decodes
/// (ties go to the earliest-starting piece; a character no piece covers is `<unk>`).
package struct UnigramTokenizer: Sendable {
  /// Piece ids of `<unk>`, `<s>` and `</s>`.
  package static let unknown: Int32 = 0
  package static let begin: Int32 = 1
  package static let end: Int32 = 2

  private let scores: [Double]
  private let unknownScore: Double
  private let maxLength: Int
  private let normalizer: CharsMapNormalizer
  /// Trie over Unicode scalars: root children by scalar, deeper levels as sibling lists.
  private let rootChildren: [UInt32: Int32]
  private let nodeScalar: [UInt32]
  private let nodeChild: [Int32]
  private let nodeSibling: [Int32]
  private let nodePiece: [Int32]

  /// The number of pieces.
  package var vocabularySize: Int { scores.count }

  /// Reads `pieces.bin` (u32 length, UTF-8, f32 score per piece) and `charsmap.bin`.
  ///
  /// - Throws: ``BitextError`` (`unreadable`, `malformed`).
  package init(piecesPath: String, charsmapPath: String) throws(BitextError) {
    guard let pieceData = FileManager.default.contents(atPath: piecesPath),
      let charsmap = FileManager.default.contents(atPath: charsmapPath)
    else {
      throw BitextError(.unreadable, "\(piecesPath): cannot read the tokenizer model")
    }
    guard let normalizer = CharsMapNormalizer(charsmap: [UInt8](charsmap)) else {
      throw BitextError(.malformed, "\(charsmapPath): not a precompiled charsmap")
    }
    let bytes = [UInt8](pieceData)
    var pieces: [[Unicode.Scalar]] = []
    var scores: [Double] = []
    var p = 0
    func u32(_ at: Int) -> UInt32 {
      UInt32(bytes[at]) | UInt32(bytes[at + 1]) << 8 | UInt32(bytes[at + 2]) << 16
        | UInt32(bytes[at + 3]) << 24
    }
    while p + 4 <= bytes.count {
      let length = Int(u32(p))
      guard p + 4 + length + 4 <= bytes.count else {
        throw BitextError(.malformed, "\(piecesPath): cut short at byte \(p)")
      }
      let text = String(decoding: bytes[(p + 4)..<(p + 4 + length)], as: UTF8.self)
      pieces.append(Array(text.unicodeScalars))
      scores.append(Double(Float(bitPattern: u32(p + 4 + length))))
      p += 8 + length
    }
    guard pieces.count > 3 else { throw BitextError(.malformed, "\(piecesPath): no pieces") }
    self.scores = scores
    self.unknownScore = (scores.min() ?? 0) - 10
    self.maxLength = pieces.map(\.count).max() ?? 1
    self.normalizer = normalizer
    var root: [UInt32: Int32] = [:]
    var scalar: [UInt32] = [0]
    var child: [Int32] = [-1]
    var sibling: [Int32] = [-1]
    var piece: [Int32] = [-1]
    func findOrAdd(parent: Int32, _ value: UInt32) -> Int32 {
      if parent == 0 {
        if let found = root[value] { return found }
      } else {
        var k = child[Int(parent)]
        while k >= 0 {
          if scalar[Int(k)] == value { return k }
          k = sibling[Int(k)]
        }
      }
      let node = Int32(scalar.count)
      scalar.append(value)
      child.append(-1)
      piece.append(-1)
      if parent == 0 {
        sibling.append(-1)
        root[value] = node
      } else {
        sibling.append(child[Int(parent)])
        child[Int(parent)] = node
      }
      return node
    }
    for (id, scalars) in pieces.enumerated() where !scalars.isEmpty {
      var node: Int32 = 0
      for s in scalars { node = findOrAdd(parent: node, s.value) }
      piece[Int(node)] = Int32(id)  // a later duplicate wins, as in the Python port
    }
    rootChildren = root
    nodeScalar = scalar
    nodeChild = child
    nodeSibling = sibling
    nodePiece = piece
  }

  private func next(_ node: Int32, _ value: UInt32) -> Int32? {
    if node == 0 { return rootChildren[value] }
    var k = nodeChild[Int(node)]
    while k >= 0 {
      if nodeScalar[Int(k)] == value { return k }
      k = nodeSibling[Int(k)]
    }
    return nil
  }

  /// Piece ids of `text`, with `<s>` first and `</s>` last (as the encoder expects).
  package func encode(_ text: String) -> [Int32] {
    let normalized = normalizer.normalize(text)
    guard !normalized.isEmpty else { return [Self.begin, Self.unknown, Self.end] }
    let s = Array(String(decoding: normalized, as: UTF8.self).unicodeScalars)
    let count = s.count
    // Double, as the reference implementation sums scores in Python floats.
    var best = [Double](repeating: -1e38, count: count + 1)
    best[0] = 0
    var startOf = [Int](repeating: 0, count: count + 1)
    var pieceOf = [Int32](repeating: 0, count: count + 1)
    for i in 0..<count {
      let base = best[i]
      var hasSingle = false
      var node: Int32 = 0
      var j = i
      while j < min(count, i + maxLength) {
        guard let n = next(node, s[j].value) else { break }
        node = n
        j += 1
        let id = nodePiece[Int(n)]
        if id >= 0 {
          let score = base + scores[Int(id)]
          if score > best[j] {
            best[j] = score
            startOf[j] = i
            pieceOf[j] = id
          }
          if j == i + 1 { hasSingle = true }
        }
      }
      if !hasSingle {
        let score = base + unknownScore
        if score > best[i + 1] {
          best[i + 1] = score
          startOf[i + 1] = i
          pieceOf[i + 1] = Self.unknown
        }
      }
    }
    var ids: [Int32] = []
    var p = count
    while p > 0 {
      ids.append(pieceOf[p])
      p = startOf[p]
    }
    return [Self.begin] + ids.reversed() + [Self.end]
  }
}
