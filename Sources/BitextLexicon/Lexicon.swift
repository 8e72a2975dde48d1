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
  /// Headword → entry index.
  private var index: [String: Int32] = [:]
  /// Per entry: gloss stem ids (sorted, unique).
  private var glosses: [[Int32]] = []
  /// Longest headword, in Unicode scalars.
  public private(set) var maxWordLength = 1
  /// Longest headword starting with each character.
  private var longestByFirst: [Unicode.Scalar: UInt8] = [:]

  /// Length in scalars of the longest headword starting with `scalar` (0 if none); a
  /// longest-match segmenter need not try longer candidates.
  public func longestWord(startingWith scalar: Unicode.Scalar) -> Int {
    Int(longestByFirst[scalar] ?? (index.isEmpty ? 0 : 1))
  }

  private mutating func noteHeadword(_ headword: String) {
    let length = headword.unicodeScalars.count
    maxWordLength = max(maxWordLength, length)
    if let first = headword.unicodeScalars.first {
      longestByFirst[first] = max(longestByFirst[first] ?? 0, UInt8(min(length, 255)))
    }
  }

  /// An empty lexicon (alignment then uses lengths, anchors and names only).
  public init() {}

  /// A lexicon from already stemmed parts (the compact cache).
  init(stems: [String], entries: [(String, [Int32])]) {
    self.stems = stems
    stemIDs.reserveCapacity(stems.count)
    for (id, stem) in stems.enumerated() { stemIDs[stem] = Int32(id) }
    index.reserveCapacity(entries.count)
    glosses.reserveCapacity(entries.count)
    for (headword, ids) in entries {
      index[headword] = Int32(glosses.count)
      glosses.append(ids)
      noteHeadword(headword)
    }
  }

  /// Every headword with its gloss stem ids.
  var entries: [(String, [Int32])] {
    index.map { ($0.key, glosses[Int($0.value)]) }
  }

  /// Number of headwords (both scripts counted).
  public var count: Int { index.count }

  /// Whether the lexicon has no entries.
  public var isEmpty: Bool { index.isEmpty }

  /// The id of an English stem, if any gloss uses it.
  public func stemID(_ stem: String) -> Int32? { stemIDs[stem] }

  /// Gloss stem ids of `headword`, or nil if it is not in the lexicon.
  public func translations(of headword: String) -> [Int32]? {
    index[headword].map { glosses[Int($0)] }
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
    if let existing = index[headword] {
      let merged = Array(Set(glosses[Int(existing)] + ids)).sorted()
      glosses[Int(existing)] = merged
    } else {
      index[headword] = Int32(glosses.count)
      glosses.append(Array(Set(ids)).sorted())
      noteHeadword(headword)
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
