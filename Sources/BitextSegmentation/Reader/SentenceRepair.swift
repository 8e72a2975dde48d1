/// Repairs ICU's sentence pieces: boundaries inside brackets and after opening quotes are
/// moved, breaks after abbreviations undone, and footnote markers handed back to the
/// sentence they follow (with ``AbbreviationGuard``).
enum SentenceRepair {
  /// Moves a boundary that ICU put right after an opening bracket (`.[` `1] Next`) to after
  /// the bracket's short content, so a marker such as `[1]` ends the sentence it follows.
  static func shiftOutOfBrackets(_ pieces: [Range<Int>], _ scalars: [Unicode.Scalar])
    -> [Range<Int>]
  {
    var result = pieces
    for i in 0..<max(0, result.count - 1) {
      var end = result[i].upperBound
      var back = end
      while back > result[i].lowerBound, scalars[back - 1].properties.isWhitespace { back -= 1 }
      // Opening quotes that ICU counted as closing ones (“ after ？) begin the next sentence.
      var start = back
      while start > result[i].lowerBound, ["“", "‘", "「", "『", "《"].contains(scalars[start - 1]) {
        start -= 1
      }
      if start < back, start > result[i].lowerBound {
        result[i] = result[i].lowerBound..<start
        result[i + 1] = start..<result[i + 1].upperBound
        continue
      }
      guard back > result[i].lowerBound, ["[", "(", "［", "（"].contains(scalars[back - 1]) else {
        continue
      }
      var p = end
      while p < scalars.count, p - end < 6, !["]", ")", "］", "）"].contains(scalars[p]) { p += 1 }
      guard p < scalars.count, p - end < 6 else { continue }
      end = p + 1
      result[i] = result[i].lowerBound..<min(end, result[i + 1].upperBound)
      result[i + 1] = min(end, result[i + 1].upperBound)..<result[i + 1].upperBound
    }
    return result.filter { !$0.isEmpty }
  }

  /// Undoes wrong breaks (abbreviations) and moves leading footnote markers back.
  static func repair(_ pieces: [Range<Int>], _ scalars: [Unicode.Scalar]) -> [Range<Int>] {
    var result: [Range<Int>] = []
    for piece in pieces {
      guard let last = result.last else {
        result.append(piece)
        continue
      }
      let previousText = Array(scalars[last])
      var next = Array(scalars[piece])
      let leadingSpace = next.prefix { $0.properties.isWhitespace }.count
      next.removeFirst(leadingSpace)
      let marker = AbbreviationGuard.leadingMarkerLength(next)
      if AbbreviationGuard.shouldMerge(previousText, next) || marker == next.count {
        result[result.count - 1] = last.lowerBound..<piece.upperBound
      } else if marker > 0 {
        let split = piece.lowerBound + leadingSpace + marker
        result[result.count - 1] = last.lowerBound..<split
        result.append(split..<piece.upperBound)
      } else {
        result.append(piece)
      }
    }
    return result
  }
}
