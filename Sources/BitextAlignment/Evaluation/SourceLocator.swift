import Foundation

/// Finds strings in a source text with whitespace ignored, then loosely (NFKC, quotes
/// unified, case and markup marks ignored), then by 6-character shingles — the same
/// reading as `shared/eval/tmxeval.py`, so that both scorers agree.
struct SourceLocator {
  /// The source without whitespace, as scalars.
  let source: [Unicode.Scalar]
  private let loose: [Unicode.Scalar]
  private let looseIndex: [Int]

  init(text: String) {
    source = SourceLocator.stripWhitespace(text)
    // <sup>/<sub> tags are blanked out before the loose form is made.
    var masked = source
    let tags = ["<sup>", "</sup>", "<sub>", "</sub>"].map { Array($0.unicodeScalars) }
    var i = 0
    while i < masked.count {
      if masked[i] == "<", let tag = tags.first(where: { masked[i...].starts(with: $0) }) {
        for k in i..<(i + tag.count) { masked[k] = " " }
        i += tag.count
      } else {
        i += 1
      }
    }
    (loose, looseIndex) = SourceLocator.looseForm(masked)
  }

  static func stripWhitespace(_ text: String) -> [Unicode.Scalar] {
    text.unicodeScalars.filter { !$0.properties.isWhitespace }
  }

  private static let dropped: Set<Unicode.Scalar> = ["*", "#", "\\", "^", "_", "`", "|"]
  private static let quotes: [Unicode.Scalar: Unicode.Scalar] = [
    "\u{2018}": "'", "\u{2019}": "'", "\u{201C}": "\"", "\u{201D}": "\"", "\u{300C}": "\"",
    "\u{300D}": "\"",
  ]

  static func looseForm(_ scalars: [Unicode.Scalar]) -> ([Unicode.Scalar], [Int]) {
    var out: [Unicode.Scalar] = []
    var index: [Int] = []
    for (i, scalar) in scalars.enumerated() {
      let mapped = quotes[scalar] ?? scalar
      let normalized: String
      if mapped.isASCII {
        normalized = String(mapped).lowercased()
      } else {
        normalized = (String(mapped) as NSString).precomposedStringWithCompatibilityMapping
          .lowercased()
      }
      for c in normalized.unicodeScalars where !c.properties.isWhitespace && !dropped.contains(c) {
        out.append(c)
        index.append(i)
      }
    }
    return (out, index)
  }

  /// Every start of `needle` in `haystack`.
  static func occurrences(_ haystack: [Unicode.Scalar], _ needle: [Unicode.Scalar]) -> [Int] {
    guard !needle.isEmpty, needle.count <= haystack.count else { return [] }
    var result: [Int] = []
    let first = needle[0]
    var i = 0
    while i + needle.count <= haystack.count {
      if haystack[i] == first, haystack[i..<(i + needle.count)].elementsEqual(needle) {
        result.append(i)
      }
      i += 1
    }
    return result
  }

  /// Candidate spans (start, end) in the whitespace-free source for `text`.
  func spans(_ text: String) -> [(Int, Int)] {
    let needle = SourceLocator.stripWhitespace(text)
    if needle.isEmpty { return [] }
    let exact = SourceLocator.occurrences(source, needle)
    if !exact.isEmpty { return exact.map { ($0, $0 + needle.count) } }
    let cleaned = String(String.UnicodeScalarView(needle))
      .replacingOccurrences(of: "<sup>", with: "").replacingOccurrences(of: "</sup>", with: "")
      .replacingOccurrences(of: "<sub>", with: "").replacingOccurrences(of: "</sub>", with: "")
    let (looseNeedle, _) = SourceLocator.looseForm(Array(cleaned.unicodeScalars))
    if looseNeedle.isEmpty { return [] }
    let hits = SourceLocator.occurrences(loose, looseNeedle)
    if !hits.isEmpty {
      return hits.map { (looseIndex[$0], looseIndex[$0 + looseNeedle.count - 1] + 1) }
    }
    // Shingles: 6-character pieces; the densest window wins.
    let k = 6
    var pieces: [[Unicode.Scalar]] = []
    var start = 0
    while start < max(1, looseNeedle.count - k + 1) {
      pieces.append(Array(looseNeedle[start..<min(looseNeedle.count, start + k)]))
      start += k
    }
    var positions: [Int] = []
    for piece in pieces {
      let found = SourceLocator.occurrences(loose, piece)
      if !found.isEmpty && found.count <= 3 { positions += found }
    }
    if positions.isEmpty { return [] }
    positions.sort()
    var best = (0, 0, 0)
    var j = 0
    for i in positions.indices {
      while Double(positions[i] - positions[j]) > Double(looseNeedle.count) * 1.3 { j += 1 }
      if i - j + 1 > best.0 { best = (i - j + 1, j, i) }
    }
    if best.0 < max(1, pieces.count / 2) { return [] }
    let s = looseIndex[positions[best.1]]
    let e = looseIndex[min(positions[best.2] + k - 1, looseIndex.count - 1)] + 1
    return [(s, e)]
  }

  /// The span of a reference entry, or nil when it is not in the source.
  func resolve(_ entry: Reference.Entry) -> (Int, Int)? {
    let needle = SourceLocator.stripWhitespace(entry.text)
    let hits = SourceLocator.occurrences(source, needle)
    guard !hits.isEmpty else { return nil }
    let index = (entry.occurrence ?? 1) - 1
    guard index < hits.count else { return nil }
    return (hits[index], hits[index] + needle.count)
  }
}
