/// A trie over Unicode scalars mapping words to entry numbers, for longest-match lookup.
///
/// Nodes are numbers; an edge is one hash-table slot keyed by (node, scalar), so a lookup
/// step hashes one integer and nothing is allocated while walking.
struct ScalarTrie: Sendable {
  /// (node << 21 | scalar) → child node. Scalars fit in 21 bits.
  private var children: [UInt64: Int32] = [:]
  /// Per node: the entry of the word ending there, or -1.
  private var entries: [Int32] = [-1]

  mutating func reserveCapacity(_ nodes: Int) {
    children.reserveCapacity(nodes)
    entries.reserveCapacity(nodes)
  }

  private static func key(_ node: Int32, _ scalar: Unicode.Scalar) -> UInt64 {
    UInt64(UInt32(bitPattern: node)) << 21 | UInt64(scalar.value)
  }

  /// Records `word` as entry `entry` (replacing an entry already there).
  mutating func insert(_ word: String.UnicodeScalarView, entry: Int32) {
    var node: Int32 = 0
    for scalar in word {
      let key = Self.key(node, scalar)
      if let child = children[key] {
        node = child
      } else {
        let child = Int32(entries.count)
        entries.append(-1)
        children[key] = child
        node = child
      }
    }
    entries[Int(node)] = entry
  }

  /// The entry of `word`, if it was inserted.
  func entry(of word: String.UnicodeScalarView) -> Int32? {
    var node: Int32 = 0
    for scalar in word {
      guard let child = children[Self.key(node, scalar)] else { return nil }
      node = child
    }
    let entry = entries[Int(node)]
    return entry >= 0 && !word.isEmpty ? entry : nil
  }

  /// The longest inserted word that `text[start...]` begins with (at most `limit` scalars).
  func longestMatch(in text: [Unicode.Scalar], from start: Int, limit: Int) -> (
    length: Int, entry: Int32
  )? {
    var node: Int32 = 0
    var best: (length: Int, entry: Int32)?
    var k = start
    let end = min(text.count, start + limit)
    while k < end {
      guard let child = children[Self.key(node, text[k])] else { break }
      node = child
      k += 1
      let entry = entries[Int(node)]
      if entry >= 0 { best = (k - start, entry) }
    }
    return best
  }
}
