import BitextCore

/// A Chinese → English lexicon: headwords (Traditional and Simplified) mapped to the
/// stems of their English glosses, for lexical evidence in alignment.
///
/// Build one with ``LexiconLoader`` from CC-CEDICT or a `zh<TAB>en` list; it is immutable
/// and `Sendable`, so one lexicon serves every alignment task.
public struct Lexicon: Sendable {
  /// Stem strings, indexed by stem id.
  public private(set) var stems: [String] = []
  private var stemIDs: [String: Int32] = [:]
  /// Headwords in a trie over Unicode scalars: a longest-match segmenter walks it one
  /// character at a time instead of building and hashing a string per candidate length.
  private(set) var trie = ScalarTrie()
  /// Per entry: where its gloss stem ids (sorted, unique) start in `glossIDs`, and how many.
  private(set) var glossStart: [UInt32] = []
  private(set) var glossCount: [UInt32] = []
  private(set) var glossIDs: [Int32] = []
  /// Longest headword, in Unicode scalars.
  public private(set) var maxWordLength = 1

  /// An empty lexicon (alignment then uses lengths, anchors and names only).
  public init() {}

  /// A lexicon from the parts of an earlier one (the binary cache), or nil when they are
  /// inconsistent.
  init?(
    stems: [String], trie: ScalarTrie, glossStart: [UInt32], glossCount: [UInt32],
    glossIDs: [Int32], maxWordLength: Int
  ) {
    guard glossStart.count == glossCount.count,
      zip(glossStart, glossCount).allSatisfy({ Int($0) + Int($1) <= glossIDs.count }),
      glossIDs.allSatisfy({ $0 >= 0 && Int($0) < stems.count }), maxWordLength >= 1
    else { return nil }
    self.stems = stems
    stemIDs.reserveCapacity(stems.count)
    for (id, stem) in stems.enumerated() { stemIDs[stem] = Int32(id) }
    self.trie = trie
    self.glossStart = glossStart
    self.glossCount = glossCount
    self.glossIDs = glossIDs
    self.maxWordLength = maxWordLength
  }

  private mutating func insert(_ headword: String, _ ids: [Int32]) {
    trie.insert(headword.unicodeScalars, entry: Int32(glossStart.count))
    glossStart.append(UInt32(glossIDs.count))
    glossCount.append(UInt32(ids.count))
    glossIDs.append(contentsOf: ids)
    maxWordLength = max(maxWordLength, headword.unicodeScalars.count)
  }

  private func glosses(_ entry: Int32) -> ArraySlice<Int32> {
    let start = Int(glossStart[Int(entry)])
    return glossIDs[start..<(start + Int(glossCount[Int(entry)]))]
  }

  /// Every headword with its gloss stem ids.
  var entries: [(String, [Int32])] {
    trie.words.sorted { $0.entry < $1.entry }.map { ($0.word, Array(glosses($0.entry))) }
  }

  /// Number of headwords (both scripts counted).
  public var count: Int { glossStart.count }

  /// Whether the lexicon has no entries.
  public var isEmpty: Bool { glossStart.isEmpty }

  /// The id of an English stem, if any gloss uses it.
  public func stemID(_ stem: String) -> Int32? { stemIDs[stem] }

  /// Gloss stem ids of `headword`, or nil if it is not in the lexicon.
  public func translations(of headword: String) -> [Int32]? {
    trie.entry(of: headword.unicodeScalars).map { Array(glosses($0)) }
  }

  /// The longest headword that `text[start...]` begins with, at most `limit` scalars long:
  /// its length and gloss stem ids, or nil when no headword starts there.
  public func longestMatch(in text: [Unicode.Scalar], from start: Int, limit: Int) -> (
    length: Int, translations: ArraySlice<Int32>
  )? {
    trie.longestMatch(in: text, from: start, limit: limit).map { ($0.length, glosses($0.entry)) }
  }

  /// Adds `headword` with English `gloss` text (several senses may be separated by `/`).
  public mutating func add(headword: String, gloss: String) {
    add(headword: headword, stems: Lexicon.glossStems(gloss))
  }

  /// Adds `headword` with English stems that are already stemmed.
  public mutating func add(headword: String, stems newStems: [String]) {
    let ids = newStems.map { stem -> Int32 in
      if let id = stemIDs[stem] { return id }
      let id = Int32(stems.count)
      stems.append(stem)
      stemIDs[stem] = id
      return id
    }
    guard !ids.isEmpty else { return }
    if let existing = trie.entry(of: headword.unicodeScalars) {
      // The merged list goes to the end of the flat array; the old one stays unused.
      let merged = Array(Set(glosses(existing) + ids)).sorted()
      glossStart[Int(existing)] = UInt32(glossIDs.count)
      glossCount[Int(existing)] = UInt32(merged.count)
      glossIDs.append(contentsOf: merged)
    } else {
      insert(headword, Array(Set(ids)).sorted())
    }
  }

  /// Adds every entry of `other` (its glosses join those of a headword already here).
  public mutating func merge(_ other: Lexicon) {
    for (headword, ids) in other.entries {
      add(headword: headword, stems: ids.map { other.stems[Int($0)] })
    }
  }

  /// Content-word stems of a gloss: parentheses, classifiers, cross references and
  /// surname senses dropped.
  static func glossStems(_ gloss: String) -> [String] {
    var result: [String] = []
    for sense in gloss.split(separator: "/") {
      let lowered = sense.lowercased()
      if lowered.hasPrefix("cl:") || lowered.hasPrefix("see ") || lowered.hasPrefix("variant of")
        || lowered.hasPrefix("surname") || lowered.hasPrefix("old variant")
        || lowered.hasPrefix("abbr. for") || lowered.hasPrefix("used in")
        || lowered.hasPrefix("(tw) surname")
      {
        continue
      }
      var depth = 0
      var cleaned = ""
      for ch in lowered {
        if ch == "(" {
          depth += 1
        } else if ch == ")" {
          depth = max(0, depth - 1)
        } else if depth == 0 {
          cleaned.append(ch)
        }
      }
      result += EnglishTokenizer.contentStems(cleaned)
    }
    return result
  }
}
