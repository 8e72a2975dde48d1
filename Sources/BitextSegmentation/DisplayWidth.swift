/// Terminal display width of text, from ICU's East Asian Width property: wide and
/// fullwidth characters (漢字, 、。) take two cells, combining marks none, others one.
package enum DisplayWidth {
  /// Cells taken by `scalar`.
  package static func of(_ scalar: Unicode.Scalar) -> Int {
    if scalar.value < 0x20 { return 0 }
    if scalar.value < 0x7F { return 1 }
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .enclosingMark, .format: return 0
    default: break
    }
    let width = ICU.eastAsianWidth(scalar)
    return width == 5 || width == 3 ? 2 : 1  // U_EA_WIDE, U_EA_FULLWIDTH
  }

  /// Cells taken by `text`.
  package static func of(_ text: String) -> Int {
    text.unicodeScalars.reduce(0) { $0 + of($1) }
  }

  /// `text` broken into lines of at most `width` cells. English breaks at spaces when it
  /// can; Chinese breaks between any two characters; no line starts with closing
  /// punctuation such as 。 or ，.
  package static func wrap(_ text: String, width: Int) -> [String] {
    precondition(width >= 2, "a column needs at least two cells")
    var lines: [String] = []
    var line: [Unicode.Scalar] = []
    var lineWidth = 0
    var lastSpace: Int? = nil
    let noLineStart: Set<Unicode.Scalar> = [
      "。", "，", "、", "；", "：", "！", "？", "）", "」", "』", "”", "》",
    ]
    for scalar in text.unicodeScalars {
      let w = of(scalar)
      if lineWidth + w > width && !line.isEmpty {
        if let space = lastSpace, space > 0, scalar != " " {
          let head = Array(line[..<space])
          let tail = Array(line[(space + 1)...])
          lines.append(String(String.UnicodeScalarView(head)))
          line = tail
        } else if noLineStart.contains(scalar), line.count > 1 {
          // Closing punctuation may not start a line: carry the character before it along.
          let carried = line.removeLast()
          lines.append(String(String.UnicodeScalarView(line)))
          line = [carried]
        } else {
          lines.append(String(String.UnicodeScalarView(line)))
          line = []
        }
        lineWidth = line.reduce(0) { $0 + of($1) }
        lastSpace = nil
        if scalar == " " { continue }
      }
      if scalar == " " { lastSpace = line.count }
      line.append(scalar)
      lineWidth += w
    }
    if !line.isEmpty { lines.append(String(String.UnicodeScalarView(line))) }
    return lines.isEmpty ? [""] : lines
  }

  /// `text` padded with spaces to `width` cells.
  package static func pad(_ text: String, to width: Int) -> String {
    text + String(repeating: " ", count: max(0, width - of(text)))
  }
}
