/// One sentence (or one title, heading, list line …) read from a document.
public struct TextUnit: Sendable, Hashable, Codable {
  /// Index of the block (paragraph) the unit belongs to, from 0.
  public var block: Int
  /// Index of the unit in the whole document, in reading order, from 0.
  public var index: Int
  /// The unit's language.
  public var language: Language
  /// The structural kind of its block.
  public var kind: UnitKind
  /// Clean text: markup debris removed, broken lines joined.
  public var text: String
  /// Where the unit stands in the original file.
  public var range: SourceRange

  /// Creates a unit.
  public init(
    block: Int, index: Int, language: Language, kind: UnitKind, text: String,
    range: SourceRange
  ) {
    self.block = block
    self.index = index
    self.language = language
    self.kind = kind
    self.text = text
    self.range = range
  }
}
