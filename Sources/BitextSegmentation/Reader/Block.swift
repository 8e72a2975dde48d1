public import BitextCore

/// A paragraph-like block of a document: joined lines that share a language and a role.
public struct Block: Sendable {
  /// Index of the block in the document, from 0.
  public var index: Int
  /// The block's structural kind.
  public var kind: UnitKind
  /// The block's language.
  public var language: Language
  /// Clean text of the whole block.
  public var text: String
  /// Where the block stands in the source.
  public var range: SourceRange
  /// Clean scalars with their source ranges.
  var mapped: MappedText
  /// The markup marker of the block's first line.
  var marker: LineMarker
}
