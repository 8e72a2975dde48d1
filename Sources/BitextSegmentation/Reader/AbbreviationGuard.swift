/// Repairs sentence breaks that ICU makes after abbreviations, initials and markers.
///
/// ICU's `en@ss=standard` already suppresses many abbreviations; this guard covers what it
/// still splits (`Dr.`, `et al.`, initials such as `A. V. Torkunov`, `Vol.`, `No.`), a break
/// followed by a lowercase word, and footnote markers (`[3]`, `①`) that ICU hands to the
/// next sentence.
enum AbbreviationGuard {
  static let abbreviations: Set<String> = [
    "dr", "mr", "mrs", "ms", "prof", "st", "jr", "sr", "vs", "etc", "e.g", "i.e", "cf", "al",
    "p", "pp", "vol", "vols", "no", "nos", "fig", "figs", "eq", "ed", "eds", "inc", "ltd", "co",
    "corp", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "u.s", "u.k", "u.n", "e.u", "gen", "col", "lt", "sen", "rep", "gov", "mt", "art", "sec",
    "ch", "ca", "approx", "dept", "univ", "op", "cit", "ibid", "n.d", "a.m", "p.m", "capt",
    "adm", "maj", "rev", "hon", "pres", "est", "vol", "chap", "para", "trans", "cap",
  ]

  /// Whether a break after `sentence` (and before `next`) should be undone.
  static func shouldMerge(_ sentence: [Unicode.Scalar], _ next: [Unicode.Scalar]) -> Bool {
    guard let last = sentence.last(where: { !$0.properties.isWhitespace }), last == "." else {
      return startsWithLowercase(next) && !endsHard(sentence)
    }
    if startsWithLowercase(next) { return true }
    // The token before the final period.
    var end = sentence.count - 1
    while end >= 0, sentence[end].properties.isWhitespace { end -= 1 }
    var start = end
    while start > 0, !sentence[start - 1].properties.isWhitespace, sentence[start - 1] != "(" {
      start -= 1
    }
    let token = String(String.UnicodeScalarView(sentence[start..<end])).lowercased()
    if abbreviations.contains(token) { return true }
    // An initial: one capital letter, possibly after other initials ("A.", "J.R.").
    let letters = token.split(separator: ".")
    if !letters.isEmpty, letters.allSatisfy({ $0.count == 1 }),
      token.first?.isUppercase == false || token.first?.isLetter == true,
      sentence[start].properties.isUppercase
    {
      return true
    }
    return false
  }

  /// Length of a footnote marker (`[12]`, `①`, `(3)`) at the start of `next`, or 0.
  static func leadingMarkerLength(_ next: [Unicode.Scalar]) -> Int {
    guard let first = next.first else { return 0 }
    if MarkupCleaner.isFootnoteSymbol(first) { return 1 }
    if first == "[" {
      var p = 1
      while p < next.count, ("0"..."9").contains(next[p]) || next[p] == "," || next[p] == "-" {
        p += 1
      }
      if p > 1, p < next.count, next[p] == "]" { return p + 1 }
    }
    return 0
  }

  private static func startsWithLowercase(_ s: [Unicode.Scalar]) -> Bool {
    guard let first = s.first(where: { !$0.properties.isWhitespace }) else { return false }
    return first.properties.isLowercase && CharacterClass.isLatinLetter(first)
  }

  private static func endsHard(_ s: [Unicode.Scalar]) -> Bool {
    guard let last = s.last(where: { !$0.properties.isWhitespace }) else { return true }
    return ["。", "！", "？", "!", "?"].contains(last) || CharacterClass.closing.contains(last)
  }
}
