public import BitextCore

/// Writes TMX 1.4b, streaming and atomically: units go to a temporary file as they come,
/// which replaces the target only when ``finish()`` succeeds.
///
/// ```swift
/// let writer = try TMXWriter(path: "memory.tmx", header: TMXHeader(sourceLanguage: "zh-TW"))
/// try writer.add(unit)
/// let summary = try writer.finish()
/// ```
public final class TMXWriter {
  private let file: AtomicFile
  private let xml: XMLWriter
  private let englishCode: String
  private let dedupe: Bool
  private var seen: Set<String> = []
  private var nextID = 1

  /// What was written.
  public struct Summary: Sendable {
    /// Units written.
    public var units: Int
    /// Units dropped as exact duplicates of earlier ones.
    public var duplicates: Int
    /// Characters removed because XML 1.0 forbids them.
    public var removedCharacters: Int
  }
  private var duplicates = 0

  /// Opens a TMX file for writing.
  ///
  /// - Parameters:
  ///   - path: The target file; replaced only when writing finishes.
  ///   - header: Header fields.
  ///   - englishCode: `xml:lang` for English (`en` or `en-US`).
  ///   - dedupe: Write identical zh/en pairs once.
  public init(path: String, header: TMXHeader, englishCode: String = "en", dedupe: Bool = true)
    throws(BitextError)
  {
    file = try AtomicFile(path: path)
    xml = XMLWriter(file: file)
    self.englishCode = englishCode
    self.dedupe = dedupe
    try xml.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE tmx SYSTEM \"tmx14.dtd\">\n")
    try xml.open("tmx", [("version", "1.4")], indent: 0)
    let attributes = [
      ("creationtool", header.creationTool), ("creationtoolversion", header.creationToolVersion),
      ("segtype", header.segmentType), ("o-tmf", header.originalFormat),
      ("adminlang", header.adminLanguage), ("srclang", header.sourceLanguage),
      ("datatype", header.dataType), ("creationdate", header.creationDate),
    ]
    if header.properties.isEmpty {
      try xml.empty("header", attributes, indent: 1)
    } else {
      try xml.open("header", attributes, indent: 1)
      for property in header.properties {
        try xml.element("prop", [("type", property.type)], text: property.value, indent: 2)
      }
      try xml.close(indent: 1)
    }
    try xml.open("body", indent: 1)
  }

  /// Adds one unit (skipped if empty on a side, or a duplicate when deduplicating).
  /// - Returns: Whether the unit was written.
  @discardableResult
  public func add(_ unit: TranslationUnit) throws(BitextError) -> Bool {
    let zh = unit.zh.trimmingWhitespace()
    let en = unit.en.trimmingWhitespace()
    guard !zh.isEmpty, !en.isEmpty else { return false }
    if dedupe {
      let key = zh + "\u{1}" + en
      if seen.contains(key) {
        duplicates += 1
        return false
      }
      seen.insert(key)
    }
    try xml.open("tu", [("tuid", String(nextID))], indent: 2)
    nextID += 1
    try xml.element(
      "prop", [("type", "x-confidence")], text: String(format2(unit.confidence)), indent: 3)
    try xml.element("prop", [("type", "x-bead")], text: unit.shape, indent: 3)
    try xml.element("prop", [("type", "x-document")], text: unit.document, indent: 3)
    try xml.element(
      "prop", [("type", "x-line")],
      text:
        "zh \(unit.zhLines.lowerBound)-\(unit.zhLines.upperBound); en \(unit.enLines.lowerBound)-\(unit.enLines.upperBound)",
      indent: 3)
    for (code, text) in [(unit.zhCode, zh), (englishCode, en)] {
      try xml.open("tuv", [("xml:lang", code)], indent: 3)
      try xml.element("seg", text: text, indent: 4)
      try xml.close(indent: 3)
    }
    try xml.close(indent: 2)
    return true
  }

  /// Closes the document and moves it into place.
  public func finish() throws(BitextError) -> Summary {
    try xml.close(indent: 1)
    try xml.close(indent: 0)
    try file.commit()
    return Summary(
      units: nextID - 1, duplicates: duplicates, removedCharacters: xml.removedCharacters)
  }

  /// Drops what was written; the target file is left untouched.
  public func abandon() { file.abandon() }

  private func format2(_ value: Double) -> String {
    let rounded = (value * 100).rounded() / 100
    return String(rounded)
  }
}

extension String {
  func trimmingWhitespace() -> String {
    var scalars = Substring(self).unicodeScalars
    while let first = scalars.first, first.properties.isWhitespace { scalars.removeFirst() }
    while let last = scalars.last, last.properties.isWhitespace { scalars.removeLast() }
    return String(scalars)
  }
}
