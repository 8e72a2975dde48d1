import BitextCore
import Foundation

/// Reads decoded text into language-tagged blocks with exact source ranges.
///
/// Lines are cleaned of markup (``MarkupCleaner``), tagged, and joined into blocks where a
/// sentence was broken across lines (``LineJoiner``); each block gets a kind.
enum DocumentReader {
  static func blocks(of decoded: DecodedText, tagger: LanguageTagger) -> (
    blocks: [Block], lineStarts: [Int]
  ) {
    let base = decoded.byteOffset
    var lines: [SourceLine] = []
    var lineStarts: [Int] = [base]
    var current = MappedText()
    var offset = base
    var blank = 0
    var hanTraditional = 0
    func flushLine() {
      let (text, marker) = MarkupCleaner.clean(current)
      current = MappedText()
      if text.isEmpty {
        blank += 1
        return
      }
      let counts = tagger.counts(text.string)
      hanTraditional += counts.traditionalBalance
      let language = tagger.language(for: counts)
      lines.append(
        SourceLine(text: text, marker: marker, language: language, blankLinesBefore: blank))
      blank = 0
    }
    var widths = DecodedText.SourceWidths(decoded)
    for scalar in decoded.text.unicodeScalars {
      let width = widths.width(of: scalar)
      if scalar == "\n" {
        flushLine()
        lineStarts.append(offset + width)
      } else if scalar.value < 0x20 && scalar != "\t" && scalar != "\r" {
        // NUL, form feed and other control characters: space, keeping their offsets.
        current.append(" ", start: offset, end: offset + width)
      } else if scalar != "\r" {
        current.append(scalar, start: offset, end: offset + width)
      }
      offset += width
    }
    flushLine()
    let defaultChinese: Language = hanTraditional > 0 ? .zhHant : .zhHans
    // Lines with neutral content (numbers only) take the language of a neighbour.
    for i in lines.indices where lines[i].language == nil {
      lines[i].language = i > 0 ? lines[i - 1].language : nil
    }
    demoteIsolatedNoteMarkers(&lines)
    var blocks: [Block] = []
    var mixed: [Bool] = []
    var i = 0
    while i < lines.count {
      let first = lines[i]
      var block = BlockInProgress(first)
      var j = i + 1
      while j < lines.count, LineJoiner.shouldJoin(block, lines[j]) {
        LineJoiner.join(&block.text, lines[j].text, language: first.language ?? .other)
        block.appendFacts(of: lines[j])
        j += 1
      }
      let text = block.text
      var language = tagger.language(of: text.string, defaultChinese: defaultChinese) ?? .other
      if language.isChinese, tagger.counts(text.string).traditionalBalance == 0 {
        language = defaultChinese
      }
      mixed.append(LanguageTagger.isMixed(tagger.counts(text.string)))
      let kind = BlockClassifier.kind(marker: first.marker, text: text.scalars, language: language)
      let range = SourceRange(
        start: text.starts[0], end: text.ends[text.count - 1],
        line: line(of: text.starts[0], in: lineStarts),
        endLine: line(of: text.ends[text.count - 1] - 1, in: lineStarts))
      blocks.append(
        Block(
          index: blocks.count, kind: kind, language: language, text: text.string, range: range,
          mapped: text, marker: first.marker))
      i = j
    }
    smoothMixedLanguages(&blocks, mixed: mixed)
    return (blocks, lineStarts)
  }

  /// A line starting with `[12]` is an endnote only among other such lines (an endnote
  /// list) or under a notes heading; alone in running text, the marker ends the previous
  /// sentence and was merely wrapped onto this line.
  private static func demoteIsolatedNoteMarkers(_ lines: inout [SourceLine]) {
    let headings = [
      "notes", "endnotes", "footnotes", "references", "尾註", "尾注", "注释", "註釋", "参考文献", "參考文獻",
    ]
    func bracketed(_ k: Int) -> Bool {
      k >= 0 && k < lines.count && lines[k].marker == .endnote && lines[k].text.scalars.first == "["
    }
    var demote: [Int] = []
    for k in lines.indices where bracketed(k) {
      if bracketed(k - 1) || bracketed(k + 1) { continue }
      let previous =
        k > 0 ? lines[k - 1].text.string.lowercased().trimmingCharacters(in: .whitespaces) : ""
      if headings.contains(where: { previous.hasPrefix($0) }) { continue }
      demote.append(k)
    }
    for k in demote { lines[k].marker = .none }
  }

  /// A block that mixes scripts takes the language of its nearest unmixed neighbours
  /// when those agree (English endnotes citing Chinese titles stay English).
  private static func smoothMixedLanguages(_ blocks: inout [Block], mixed: [Bool]) {
    func neighbour(_ start: Int, _ step: Int) -> Language? {
      var k = start + step
      var seen = 0
      while k >= 0, k < blocks.count, seen < 4 {
        if !mixed[k], blocks[k].language != .other { return blocks[k].language }
        k += step
        seen += 1
      }
      return nil
    }
    for i in blocks.indices where mixed[i] {
      if let before = neighbour(i, -1), let after = neighbour(i, 1),
        before == after || before.isChinese && after.isChinese
      {
        blocks[i].language = before
      }
    }
  }

  /// The 1-based line holding byte `offset`.
  static func line(of offset: Int, in lineStarts: [Int]) -> Int {
    var low = 0
    var high = lineStarts.count
    while low + 1 < high {
      let mid = (low + high) / 2
      if lineStarts[mid] <= offset { low = mid } else { high = mid }
    }
    return low + 1
  }
}
