/// A trie over Unicode scalars mapping words to entry numbers, for longest-match lookup.
///
/// Nodes are numbers; the edges are one open-addressing hash table keyed by (node,
/// scalar), held in two flat arrays. A lookup step hashes one integer and allocates
/// nothing, and the arrays are written to and read from the lexicon's binary cache as
/// they are (``LexiconCache``), so loading builds no table.
struct ScalarTrie: Sendable {
  /// Edge keys (`node << 21 | scalar`; scalars fit in 21 bits), `empty` where free. The
  /// count is a power of two.
  private(set) var keys: [UInt64]
  /// The child node of each edge.
  private(set) var children: [Int32]
  /// Per node: the entry of the word ending there, or -1.
  private(set) var entries: [Int32]
  private var edgeCount = 0

  static let empty = UInt64.max

  init() {
    keys = [UInt64](repeating: Self.empty, count: 16)
    children = [Int32](repeating: -1, count: 16)
    entries = [-1]
  }

  /// A trie from arrays written by an earlier one, or nil when they do not form one (a
  /// damaged cache): sizes, node numbers and entry numbers are checked.
  init?(keys: [UInt64], children: [Int32], entries: [Int32], entryCount: Int) {
    guard keys.count >= 16, keys.count & (keys.count - 1) == 0, children.count == keys.count,
      !entries.isEmpty
    else { return nil }
    var edges = 0
    for (key, child) in zip(keys, children) where key != Self.empty {
      // A node is numbered after its parent, so the edges form a tree.
      guard child > 0, Int(child) < entries.count, key >> 21 < UInt64(child) else { return nil }
      edges += 1
    }
    guard edges * 2 <= keys.count,
      entries.allSatisfy({ $0 >= -1 && Int($0) < entryCount })
    else { return nil }
    self.keys = keys
    self.children = children
    self.entries = entries
    edgeCount = edges
  }

  @inline(__always)
  private static func key(_ node: Int32, _ scalar: Unicode.Scalar) -> UInt64 {
    UInt64(UInt32(bitPattern: node)) << 21 | UInt64(scalar.value)
  }

  @inline(__always)
  private func slot(_ key: UInt64) -> Int {
    Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 20) & (keys.count - 1)
  }

  /// The child of `node` through `scalar`, if any.
  @inline(__always)
  private func child(_ node: Int32, _ scalar: Unicode.Scalar) -> Int32? {
    let key = Self.key(node, scalar)
    var index = slot(key)
    while true {
      let found = keys[index]
      if found == key { return children[index] }
      if found == Self.empty { return nil }
      index = (index + 1) & (keys.count - 1)
    }
  }

  private mutating func addEdge(_ key: UInt64, _ child: Int32) {
    if (edgeCount + 1) * 2 > keys.count { grow() }
    var index = slot(key)
    while keys[index] != Self.empty { index = (index + 1) & (keys.count - 1) }
    keys[index] = key
    children[index] = child
    edgeCount += 1
  }

  private mutating func grow() { rehash(capacity: keys.count * 2) }

  private mutating func rehash(capacity: Int) {
    let old = zip(keys, children).filter { $0.0 != Self.empty }
    keys = [UInt64](repeating: Self.empty, count: capacity)
    children = [Int32](repeating: -1, count: capacity)
    edgeCount = 0
    for (key, child) in old { addEdge(key, child) }
  }

  mutating func reserveCapacity(_ edges: Int) {
    var capacity = 16
    while capacity < edges * 2 { capacity *= 2 }
    if capacity > keys.count { rehash(capacity: capacity) }
    entries.reserveCapacity(edges + 1)
  }

  /// Records `word` as entry `entry` (replacing an entry already there).
  mutating func insert(_ word: String.UnicodeScalarView, entry: Int32) {
    var node: Int32 = 0
    for scalar in word {
      if let next = child(node, scalar) {
        node = next
      } else {
        let next = Int32(entries.count)
        entries.append(-1)
        addEdge(Self.key(node, scalar), next)
        node = next
      }
    }
    entries[Int(node)] = entry
  }

  /// The entry of `word`, if it was inserted.
  func entry(of word: String.UnicodeScalarView) -> Int32? {
    var node: Int32 = 0
    for scalar in word {
      guard let next = child(node, scalar) else { return nil }
      node = next
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
      guard let next = child(node, text[k]) else { break }
      node = next
      k += 1
      let entry = entries[Int(node)]
      if entry >= 0 { best = (k - start, entry) }
    }
    return best
  }

  /// Every word with its entry, rebuilt from the edges (each node's parent and scalar).
  var words: [(word: String, entry: Int32)] {
    var parent = [Int32](repeating: -1, count: entries.count)
    var scalar = [UInt32](repeating: 0, count: entries.count)
    for (key, child) in zip(keys, children) where key != Self.empty {
      parent[Int(child)] = Int32(truncatingIfNeeded: key >> 21)
      scalar[Int(child)] = UInt32(truncatingIfNeeded: key & 0x1F_FFFF)
    }
    var result: [(String, Int32)] = []
    for (node, entry) in entries.enumerated() where entry >= 0 && node > 0 {
      var scalars: [Unicode.Scalar] = []
      var at = node
      while at > 0 {
        scalars.append(Unicode.Scalar(scalar[at]) ?? "?")
        at = Int(parent[at])
      }
      result.append((String(String.UnicodeScalarView(scalars.reversed())), entry))
    }
    return result
  }
}
