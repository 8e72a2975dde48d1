/// Clean text whose every Unicode scalar remembers where it came from in the source.
///
/// Scalars copied from the source keep their source byte range; scalars the reader
/// inserts (a space where two English lines were joined) take the range of what they
/// replace, so every slice of clean text maps back to an exact source range.
struct MappedText {
  var scalars: [Unicode.Scalar] = []
  /// Source byte offset of each scalar's first byte.
  var starts: [Int] = []
  /// Source byte offset one past each scalar's last byte.
  var ends: [Int] = []

  var isEmpty: Bool { scalars.isEmpty }
  var count: Int { scalars.count }

  mutating func append(_ scalar: Unicode.Scalar, start: Int, end: Int) {
    scalars.append(scalar)
    starts.append(start)
    ends.append(end)
  }

  mutating func append(contentsOf other: MappedText) {
    scalars += other.scalars
    starts += other.starts
    ends += other.ends
  }

  /// The clean text of scalars `range`.
  func string(_ range: Range<Int>) -> String {
    var result = String.UnicodeScalarView()
    result.append(contentsOf: scalars[range])
    return String(result)
  }

  var string: String { string(0..<scalars.count) }

  /// Removes leading and trailing whitespace.
  mutating func trim() {
    var lower = 0
    var upper = scalars.count
    while lower < upper, scalars[lower].properties.isWhitespace { lower += 1 }
    while upper > lower, scalars[upper - 1].properties.isWhitespace { upper -= 1 }
    if lower == 0 && upper == scalars.count { return }
    scalars = Array(scalars[lower..<upper])
    starts = Array(starts[lower..<upper])
    ends = Array(ends[lower..<upper])
  }

  /// Collapses runs of whitespace into one space.
  mutating func collapseWhitespace() {
    var result = MappedText()
    var previousSpace = false
    for i in scalars.indices {
      let isSpace = scalars[i].properties.isWhitespace
      if isSpace && previousSpace { continue }
      result.append(isSpace ? " " : scalars[i], start: starts[i], end: ends[i])
      previousSpace = isSpace
    }
    self = result
  }
}
