/// A range of the original file: UTF-8 byte offsets (end exclusive) and 1-based lines.
///
/// For input that was not UTF-8 (GB18030, Big5, UTF-16), offsets refer to the UTF-8
/// transcoding of the file, which `bitext segment` describes in its help.
public struct SourceRange: Sendable, Hashable, Codable {
  /// First byte of the range.
  public var start: Int
  /// One past the last byte of the range.
  public var end: Int
  /// Line of the first byte, counting from 1.
  public var line: Int
  /// Line of the last byte, counting from 1.
  public var endLine: Int

  /// Creates a range from byte offsets and line numbers.
  public init(start: Int, end: Int, line: Int, endLine: Int) {
    self.start = start
    self.end = end
    self.line = line
    self.endLine = endLine
  }

  /// The smallest range that covers both `self` and `other`.
  public func union(_ other: SourceRange) -> SourceRange {
    SourceRange(
      start: min(start, other.start), end: max(end, other.end),
      line: min(line, other.line), endLine: max(endLine, other.endLine))
  }
}
