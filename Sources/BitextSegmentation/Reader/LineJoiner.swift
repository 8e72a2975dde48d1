import BitextCore

/// One cleaned line of the source.
struct SourceLine {
  var text: MappedText
  var marker: LineMarker
  var language: Language?
  /// Blank lines between the previous non-blank line and this one.
  var blankLinesBefore: Int
}

/// A block being built from lines, with the running facts the joiner asks about, kept up
/// to date as lines are appended so that joining n lines costs O(n), not O(n²).
struct BlockInProgress {
  /// The joined text so far.
  var text: MappedText
  /// The marker and language of the last line appended.
  var marker: LineMarker
  var language: Language?
  /// Whether any Chinese punctuation has been seen.
  var hasChinesePunctuation = false
  /// Opening minus closing marks per quote pair of ``LineJoiner``.
  var quoteBalance: [Int]

  init(_ line: SourceLine) {
    text = line.text
    marker = line.marker
    language = line.language
    quoteBalance = Array(repeating: 0, count: LineJoiner.quotePairs.count)
    account(line.text.scalars[...])
  }

  /// Appends `line` (its text already joined by ``LineJoiner/join(_:_:language:)``).
  mutating func appendFacts(of line: SourceLine) {
    marker = line.marker
    language = line.language
    account(line.text.scalars[...])
  }

  private mutating func account(_ scalars: ArraySlice<Unicode.Scalar>) {
    for scalar in scalars {
      if !hasChinesePunctuation, CharacterClass.isChinesePunctuation(scalar) {
        hasChinesePunctuation = true
      }
      for (k, pair) in LineJoiner.quotePairs.enumerated() {
        if scalar == pair.0 { quoteBalance[k] += 1 } else if scalar == pair.1 { quoteBalance[k] -= 1 }
      }
    }
  }

  var hasUnclosedQuote: Bool { quoteBalance.contains { $0 > 0 } }
}

/// Decides when consecutive lines belong to one block and joins them.
///
/// Lines of one paragraph (no blank line between) are joined when they share a language.
/// Across blank lines, a line broken mid-sentence is repaired: a Chinese line ending in a
/// comma, colon, dash or opening quote, or followed by a line that starts with closing
/// punctuation or closes a quote left open; an English line without final punctuation
/// followed by a lowercase start (a page break), or ending in a hyphenated word part.
enum LineJoiner {
  static func shouldJoin(_ previous: BlockInProgress, _ next: SourceLine) -> Bool {
    guard let a = previous.text.scalars.last, let b = next.text.scalars.first,
      next.marker == .none
    else { return false }
    switch previous.marker {
    case .heading, .endnote, .rule: return false
    default: break
    }
    // A note marker wrapped onto the next line ("…想法。" / "[10]安倍…") belongs to the
    // sentence before it: join, and the segmenter hands the marker back.
    if next.blankLinesBefore <= 1, AbbreviationGuard.leadingMarkerLength(next.text.scalars) > 0,
      endsSentence(a) || endsSentenceBeforeClose(previous.text)
    {
      return true
    }
    guard let left = previous.language, let right = next.language else { return false }
    let bothChinese = left.isChinese && right.isChinese
    guard bothChinese || (left == right) else { return false }
    if next.blankLinesBefore == 0 {
      // Lines of one paragraph, unless a short line stands alone: a heading, a credit, a
      // date or a caption label before a line that starts afresh.
      if previous.marker == .list || CharacterClass.continuing.contains(a) { return true }
      // After a finished sentence, a heading-like line starts a block of its own.
      if endsSentence(a) || endsSentenceBeforeClose(previous.text),
        looksLikeHeading(next.text, chinese: bothChinese)
      {
        return false
      }
      if bothChinese {
        return previous.hasChinesePunctuation || previous.text.count > 25
      }
      return startsLower(b) || previous.text.count >= 70 || endsWithFunctionWord(previous.text)
    }
    if next.blankLinesBefore > 3 { return false }
    if bothChinese {
      if endsSentence(a) || endsSentenceBeforeClose(previous.text) { return false }
      // A colon before a blank line introduces a quotation or a list: not a join.
      if CharacterClass.continuing.contains(a) { return a != "：" && a != ":" }
      if ["，", ",", "。", "、", "」", "』", "”", "）", "：", "；"].contains(b) { return true }
      return previous.hasUnclosedQuote || closesQuote(next.text.scalars)
    }
    if left == .en || left == .ru {
      if a == "-", previous.text.count > 1,
        CharacterClass.isLatinLetter(
          previous.text.scalars[previous.text.count - 2])
      {
        return CharacterClass.isLatinLetter(b)
      }
      return !endsSentence(a) && !CharacterClass.closing.contains(a) && startsLower(b)
    }
    return false
  }

  /// Appends `next` to `block`, with the separator the two scripts need.
  static func join(_ block: inout MappedText, _ next: MappedText, language: Language) {
    guard let a = block.scalars.last, let b = next.scalars.first else {
      block.append(contentsOf: next)
      return
    }
    if !language.isChinese, a == "-", CharacterClass.isLatinLetter(b), b.properties.isLowercase,
      block.count > 1, CharacterClass.isLatinLetter(block.scalars[block.count - 2])
    {
      // A word hyphenated across lines: drop the hyphen.
      block.scalars.removeLast()
      block.starts.removeLast()
      block.ends.removeLast()
    } else if !language.isChinese && a != "-" && a != "—"
      || isLatinOrDigit(a) && isLatinOrDigit(b)
    {
      block.append(" ", start: block.ends[block.count - 1], end: next.starts[0])
    }
    block.append(contentsOf: next)
  }

  /// A short line without sentence punctuation (Chinese: without any punctuation).
  private static func looksLikeHeading(_ text: MappedText, chinese: Bool) -> Bool {
    if chinese {
      return text.count <= 25 && !text.scalars.contains { CharacterClass.isChinesePunctuation($0) }
    }
    guard let first = text.scalars.first,
      first.properties.isUppercase || ("0"..."9").contains(first),
      let last = text.scalars.last
    else { return false }
    return text.count < 70 && !endsSentence(last) && !CharacterClass.continuing.contains(last)
  }

  /// Whether the line ends with a word that cannot end an English heading or sentence
  /// (the, of, and …): the line was wrapped.
  private static func endsWithFunctionWord(_ text: MappedText) -> Bool {
    var start = text.count
    while start > 0, CharacterClass.isLatinLetter(text.scalars[start - 1]) { start -= 1 }
    let word = String(String.UnicodeScalarView(text.scalars[start...])).lowercased()
    return [
      "the", "a", "an", "of", "and", "or", "to", "in", "on", "for", "with", "by", "from", "as",
      "at", "that", "which", "its", "their", "is", "are", "was", "were", "be", "has", "have", "not",
    ].contains(word)
  }

  static func endsSentence(_ scalar: Unicode.Scalar) -> Bool {
    CharacterClass.sentenceFinal.contains(scalar)
  }

  private static func endsSentenceBeforeClose(_ text: MappedText) -> Bool {
    var i = text.count - 1
    while i >= 0, CharacterClass.closing.contains(text.scalars[i]) { i -= 1 }
    return i >= 0 && endsSentence(text.scalars[i])
  }

  private static func startsLower(_ scalar: Unicode.Scalar) -> Bool {
    scalar.properties.isLowercase
  }

  private static func isLatinOrDigit(_ scalar: Unicode.Scalar) -> Bool {
    CharacterClass.isLatinLetter(scalar) || ("0"..."9").contains(scalar)
  }

  /// Opening and closing marks whose balance decides joins across blank lines.
  static let quotePairs: [(Unicode.Scalar, Unicode.Scalar)] = [
    ("「", "」"), ("『", "』"), ("“", "”"), ("《", "》"), ("（", "）"),
  ]

  private static func closesQuote(_ s: [Unicode.Scalar]) -> Bool {
    quotePairs.contains { open, close in
      guard let firstClose = s.firstIndex(of: close) else { return false }
      guard let firstOpen = s.firstIndex(of: open) else { return true }
      return firstClose < firstOpen
    }
  }
}
