public import BitextCore

/// A segmented document: its blocks and its sentences in reading order.
public struct Document: Sendable {
  /// Where the document was read from (a file name), if anywhere.
  public var name: String
  /// The encoding the file was read in.
  public var encoding: String
  /// Blocks (paragraphs, headings, list lines …) in reading order.
  public var blocks: [Block]
  /// Sentences and other units in reading order.
  public var units: [TextUnit]
  /// What the reader repaired (stray bytes, NULs), one line each.
  public var warnings: [String] = []

  /// Creates a document from parts.
  public init(name: String, encoding: String, blocks: [Block], units: [TextUnit]) {
    self.name = name
    self.encoding = encoding
    self.blocks = blocks
    self.units = units
  }

  /// The units in `language` (both Chinese scripts when `language` is Chinese).
  public func units(in language: Language) -> [TextUnit] {
    units.filter { language.isChinese ? $0.language.isChinese : $0.language == language }
  }

  /// The Chinese script most of the document's Chinese units use, if any.
  public var chineseScript: Language? {
    let hant = units.count { $0.language == .zhHant }
    let hans = units.count { $0.language == .zhHans }
    if hant + hans == 0 { return nil }
    return hant > hans ? .zhHant : .zhHans
  }
}
