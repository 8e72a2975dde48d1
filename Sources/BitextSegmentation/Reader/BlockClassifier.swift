import BitextCore

/// Gives a block its structural kind from its first line's markup and its text.
enum BlockClassifier {
  static func kind(marker: LineMarker, text: [Unicode.Scalar], language: Language) -> UnitKind {
    let string = String(String.UnicodeScalarView(text.prefix(16)))
    // Field labels in brackets (【关键词】, 【 Key Words 】, 【Ключевые слова】) read like
    // their bare form.
    let lowered = string.lowercased().filter { !"【】〔〕[] ".contains($0) }
    if lowered.hasPrefix("关键词") || lowered.hasPrefix("關鍵詞") || lowered.hasPrefix("keywords")
      || lowered.hasPrefix("ключевыеслова")
    {
      return .keywords
    }
    switch marker {
    case .heading: return .heading
    case .endnote: return .endnote
    case .quote: return .quote
    case .list: return looksLikeTOC(text) ? .toc : .list
    case .rule: return .other
    case .none: break
    }
    if lowered.hasPrefix("提要") || lowered.hasPrefix("摘要") || lowered.hasPrefix("内容提要")
      || lowered.hasPrefix("abstract") || lowered.hasPrefix("аннотация")
    {
      return .abstract
    }
    if lowered.hasPrefix("作者简介") || lowered.hasPrefix("作者簡介") { return .author }
    if isCaption(lowered) { return .caption }
    let letters = text.filter { $0.properties.isAlphabetic }.count
    if letters == 0 { return .other }
    if letters * 2 < text.count && text.count < 40 { return .other }
    if looksLikeTOC(text) && text.count < 200 { return .toc }
    // Sentence punctuation at the end (before closing quotes) or inside (". " between two
    // sentences) makes running text; a short line without it is a heading.
    var end = text.count
    while end > 0, CharacterClass.closing.contains(text[end - 1]) { end -= 1 }
    let endsFinal = end > 0 && LineJoiner.endsSentence(text[end - 1])
    let hasFinal =
      endsFinal || text.contains { LineJoiner.endsSentence($0) && $0 != "." }
      || zip(text, text.dropFirst()).contains { $0 == "." && $1 == " " }
    let limit = language.isChinese ? 40 : 120
    if !hasFinal && text.count <= limit { return .heading }
    return .body
  }

  /// A figure, table or photo caption: 图 1 / 圖1 / 表 2 / Figure 3 / Fig. 3 / Table 4 /
  /// Photo: ….
  static func isCaption(_ lowered: String) -> Bool {
    for label in ["图", "圖", "表", "figure", "fig.", "table"] where lowered.hasPrefix(label) {
      let rest = lowered.dropFirst(label.count).drop { $0 == " " }
      if let first = rest.first, first.isNumber || "一二三四五六七八九十".contains(first) { return true }
    }
    return lowered.hasPrefix("photo:") || lowered.hasPrefix("图片：") || lowered.hasPrefix("圖片：")
  }

  /// A table-of-contents line: a page number at the start or the end, or dot leaders.
  static func looksLikeTOC(_ text: [Unicode.Scalar]) -> Bool {
    func isDigit(_ s: Unicode.Scalar) -> Bool { ("0"..."9").contains(s) }
    if text.count > 4, isDigit(text[0]) {
      var p = 0
      while p < text.count, isDigit(text[p]) { p += 1 }
      if p <= 3, p < text.count, text[p] == " ", p + 1 < text.count,
        !isDigit(text[p + 1]), text[p + 1] != "年"
      {
        return true
      }
    }
    return hasRun(text, of: "…", length: 2) || hasRun(text, of: ".", length: 5)
      || hasRun(text, of: "·", length: 3)
  }

  /// Whether `text` holds `length` consecutive `scalar`s (dot leaders).
  private static func hasRun(_ text: [Unicode.Scalar], of scalar: Unicode.Scalar, length: Int)
    -> Bool
  {
    var run = 0
    for s in text {
      run = s == scalar ? run + 1 : 0
      if run == length { return true }
    }
    return false
  }

  /// Length of a bracketed field label (〔提 要〕, 【摘要】) at the start, or 0.
  static func leadingLabelLength(_ text: [Unicode.Scalar]) -> Int {
    guard let first = text.first, first == "〔" || first == "【" else { return 0 }
    let close: Unicode.Scalar = first == "〔" ? "〕" : "】"
    guard let end = text.prefix(10).firstIndex(of: close), end + 1 < text.count else { return 0 }
    return end + 1
  }

  /// Kinds that are one unit each, never split into sentences.
  static func isWholeUnit(_ kind: UnitKind) -> Bool {
    switch kind {
    case .body, .abstract, .quote: return false
    default: return true
    }
  }
}
