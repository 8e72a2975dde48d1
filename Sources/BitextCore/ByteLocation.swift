/// Where a byte offset falls in text: 1-based line and column (columns count Unicode
/// scalars, as editors do), for messages that point at a bad byte.
package struct ByteLocation: Sendable, Equatable {
  /// 1-based line.
  package var line: Int
  /// 1-based column, in Unicode scalars.
  package var column: Int

  /// The line and column of `offset` in UTF-8 `bytes` (lines end at `\n`).
  package init(of offset: Int, in bytes: [UInt8]) {
    var line = 1
    var lineStart = 0
    for k in 0..<min(offset, bytes.count) where bytes[k] == 10 {
      line += 1
      lineStart = k + 1
    }
    self.line = line
    column =
      String(decoding: bytes[lineStart..<min(offset, bytes.count)], as: UTF8.self)
      .unicodeScalars.count + 1
  }
}
