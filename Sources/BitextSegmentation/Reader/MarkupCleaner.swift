/// What a line's leading markup said about it.
enum LineMarker: Equatable {
  case none
  case heading(level: Int)
  case list
  case quote
  case endnote
  case rule
}

/// Removes markdown and HTML debris from one line, keeping each scalar's source range.
///
/// Removed: `#` heading marks, list bullets, `>` quote marks, `**`/`__`, emphasis `*`,
/// backslash escapes, `<sup>…</sup>` and `<sub>…</sub>` with their content, other tags,
/// `^①`/`^12` footnote markers, image links; `[text](url)` keeps its text.
enum MarkupCleaner {
  static func clean(_ line: MappedText) -> (text: MappedText, marker: LineMarker) {
    var s = line.scalars
    var i = 0
    var marker = LineMarker.none
    while i < s.count, s[i].properties.isWhitespace { i += 1 }
    let content = s[i...].filter { !$0.properties.isWhitespace }
    if content.count >= 3, Set(content).count == 1, ["-", "*", "_", "="].contains(content[0]) {
      return (MappedText(), .rule)
    }
    // Leading block markers.
    if i < s.count, s[i] == "#" {
      var j = i
      while j < s.count, s[j] == "#" { j += 1 }
      if j == s.count || s[j] == " " {
        marker = .heading(level: j - i)
        i = j
      }
    } else if i < s.count, s[i] == ">" {
      marker = .quote
      i += 1
    } else if i + 1 < s.count, ["-", "*", "+", "•", "·"].contains(s[i]), s[i + 1] == " " {
      marker = .list
      i += 2
    } else if i < s.count, s[i] == "•" {
      marker = .list
      i += 1
    }
    // A note marker at the start of the line (^①, ^12) makes the line a note, even though
    // the marker itself is removed below.
    if marker == .none, i + 1 < s.count, s[i] == "^",
      isFootnoteSymbol(s[i + 1]) || ("0"..."9").contains(s[i + 1])
    {
      marker = .endnote
    }
    var out = MappedText()
    // Keep i as the start of the remaining content.
    s = Array(s[i...])
    let starts = Array(line.starts[i...])
    let ends = Array(line.ends[i...])
    var k = 0
    while k < s.count {
      let c = s[k]
      if c == "\\", k + 1 < s.count {
        let escaped: Unicode.Scalar = s[k + 1]
        if escaped.isASCII && !escaped.properties.isAlphabetic && !escaped.properties.isWhitespace
          && !("0"..."9").contains(escaped)
        {
          if escaped != "*" { out.append(escaped, start: starts[k + 1], end: ends[k + 1]) }
          k += 2
          continue
        }
      }
      if c == "*" || (c == "_" && k + 1 < s.count && s[k + 1] == "_") {
        k += (c == "_") ? 2 : 1
        continue
      }
      if c == "<", let next = tagEnd(s, from: k) {
        k = next
        continue
      }
      if c == "^", k + 1 < s.count,
        isFootnoteSymbol(s[k + 1]) || s[k + 1].properties.numericType != nil
      {
        var p = k + 1
        while p < s.count, isFootnoteSymbol(s[p]) || ("0"..."9").contains(s[p]) { p += 1 }
        k = p
        continue
      }
      if c == "!", k + 1 < s.count, s[k + 1] == "[", let close = linkEnd(s, from: k + 1) {
        k = close
        continue
      }
      if c == "[", let close = linkEnd(s, from: k) {
        // [text](url): keep the text.
        var p = k + 1
        while p < s.count, s[p] != "]" {
          out.append(s[p], start: starts[p], end: ends[p])
          p += 1
        }
        k = close
        continue
      }
      out.append(c, start: starts[k], end: ends[k])
      k += 1
    }
    out.collapseWhitespace()
    out.trim()
    if marker == .none, isEndnoteStart(out.scalars) { marker = .endnote }
    return (out, marker)
  }

  /// Circled numbers and similar note symbols.
  static func isFootnoteSymbol(_ scalar: Unicode.Scalar) -> Bool {
    (0x2460...0x24FF).contains(scalar.value) || (0x2776...0x2793).contains(scalar.value)
  }

  /// `[12] …`, `①…`, `^1` at the start of a line.
  static func isEndnoteStart(_ s: [Unicode.Scalar]) -> Bool {
    guard let first = s.first else { return false }
    if isFootnoteSymbol(first) { return s.count > 2 }
    if first == "[" {
      var p = 1
      while p < s.count, ("0"..."9").contains(s[p]) { p += 1 }
      return p > 1 && p <= 4 && p < s.count && s[p] == "]" && s.count > p + 2
    }
    return false
  }

  /// For a tag starting at `open`, the index after it; `<sup>`/`<sub>` elements are
  /// skipped with their content (footnote markers). Nil if `<` does not open a tag.
  private static func tagEnd(_ s: [Unicode.Scalar], from open: Int) -> Int? {
    func lower(_ p: Int) -> Unicode.Scalar {
      p < s.count ? (Unicode.Scalar(s[p].properties.lowercaseMapping) ?? s[p]) : " "
    }
    func literal(_ text: String, at p: Int) -> Bool {
      text.unicodeScalars.enumerated().allSatisfy { lower(p + $0.offset) == $0.element }
    }
    for tag in ["sup", "sub"] where literal("<\(tag)>", at: open) {
      var p = open + tag.count + 2
      while p < s.count, !literal("</\(tag)>", at: p) {
        if p - open > 40 { return nil }
        p += 1
      }
      return min(s.count, p + tag.count + 3)
    }
    guard open + 1 < s.count,
      s[open + 1].properties.isAlphabetic || s[open + 1] == "/" || s[open + 1] == "!"
    else { return nil }
    var p = open + 1
    while p < s.count, s[p] != ">", s[p] != "<", p - open < 200 { p += 1 }
    return p < s.count && s[p] == ">" ? p + 1 : nil
  }

  /// For `[text](url)` starting at `open`, the index after `)`; nil if not a link.
  private static func linkEnd(_ s: [Unicode.Scalar], from open: Int) -> Int? {
    var p = open + 1
    while p < s.count, s[p] != "]" {
      if s[p] == "[" { return nil }
      p += 1
    }
    guard p + 1 < s.count, s[p + 1] == "(" else { return nil }
    var q = p + 2
    while q < s.count, s[q] != ")", !s[q].properties.isWhitespace { q += 1 }
    guard q < s.count, s[q] == ")" else { return nil }
    return q + 1
  }
}
