/// The structural role of a block, as in the gold format (`shared/gold/FORMAT.md`).
public enum UnitKind: String, Sendable, Hashable, Codable, CaseIterable {
  /// A document or article title.
  case title
  /// A section heading.
  case heading
  /// Running text.
  case body
  /// A quotation set apart from the body.
  case quote
  /// A figure or photo caption.
  case caption
  /// A footnote or endnote.
  case endnote
  /// An abstract paragraph.
  case abstract
  /// A keyword line.
  case keywords
  /// A byline.
  case author
  /// A table-of-contents line.
  case toc
  /// A list item.
  case list
  /// Anything else (dates, credits, boilerplate).
  case other
}
