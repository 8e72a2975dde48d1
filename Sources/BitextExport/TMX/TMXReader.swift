public import BitextCore
import Foundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// A translation unit read from a TMX file: its variants by language.
public struct TMXUnit: Sendable, Hashable {
  /// `tuid`, if any.
  public var id: String?
  /// `(xml:lang, text)` of each `<tuv>`, in order; inline elements keep their text.
  public var variants: [(language: String, text: String)]
  /// `<prop type=…>` values.
  public var properties: [String: String]
  /// Line of the `<tu>` in the file.
  public var line: Int

  /// The text of the first variant whose language starts with `prefix` (`zh`, `en`).
  public func text(language prefix: String) -> String? {
    variants.first { $0.language.lowercased().hasPrefix(prefix.lowercased()) }?.text
  }

  /// Units are equal when their id, properties, line and variants are.
  public static func == (a: TMXUnit, b: TMXUnit) -> Bool {
    a.id == b.id && a.properties == b.properties && a.line == b.line
      && a.variants.map(\.language) == b.variants.map(\.language)
      && a.variants.map(\.text) == b.variants.map(\.text)
  }

  /// Hashes the id and the variants.
  public func hash(into hasher: inout Hasher) {
    hasher.combine(id)
    for variant in variants {
      hasher.combine(variant.language)
      hasher.combine(variant.text)
    }
  }
}

/// A TMX document read back: header attributes and units.
public struct TMXDocument: Sendable {
  /// The `version` attribute of `<tmx>`.
  public var version: String
  /// Attributes of `<header>`.
  public var header: [String: String]
  /// Units in file order.
  public var units: [TMXUnit]
  /// Lines of `<tuv>` elements that use the pre-1.4 `lang` attribute instead of `xml:lang`.
  public var legacyLanguageLines: [Int] = []
  /// `<prop type=…>` values of the header.
  public var headerProperties: [String: String] = [:]
}

/// Reads TMX 1.4 (and 1.1–1.3 leniently) with Foundation's streaming XML parser.
public enum TMXReader {
  /// Reads the TMX file at `path`.
  ///
  /// - Throws: ``BitextError`` (`unreadable`, or `malformed` with line and column) when
  ///   the file is missing or is not well-formed XML, or has no `<tmx>` root.
  public static func read(path: String) throws(BitextError) -> TMXDocument {
    let data = try validatedBytes(path: path)
    let parser = XMLParser(data: data)
    let delegate = Delegate(parser: parser)
    parser.delegate = delegate
    parser.shouldProcessNamespaces = false
    let ok = parser.parse()
    if !ok || delegate.failure != nil {
      let line = delegate.errorLine ?? parser.lineNumber
      if line >= lineCount(data) {
        throw BitextError(
          .malformed, "\(path):\(line): the file ends early (truncated?): no closing </tmx>")
      }
      let reason =
        delegate.failure ?? parser.parserError.map { describe($0, line: parser.lineNumber) }
        ?? "parse error"
      throw BitextError(
        .malformed,
        "\(path):\(delegate.errorLine ?? parser.lineNumber):\(delegate.errorColumn ?? parser.columnNumber): \(reason)"
      )
    }
    guard delegate.sawRoot else {
      throw BitextError(.malformed, "\(path): not a TMX file (no <tmx> root element)")
    }
    if delegate.openElements > 0 {
      throw BitextError(
        .malformed,
        "\(path):\(parser.lineNumber):\(parser.columnNumber): the file ends early (truncated?)")
    }
    return TMXDocument(
      version: delegate.version, header: delegate.header, units: delegate.units,
      legacyLanguageLines: delegate.legacyLanguageLines,
      headerProperties: delegate.headerProperties)
  }

  /// The header's `<prop>` values of the TMX file at `path`, read up to `<body>` only;
  /// nil when the file is missing or its start is not a TMX header.
  public static func headerProperties(path: String) -> [String: String]? {
    guard let data = try? validatedBytes(path: path) else { return nil }
    let parser = XMLParser(data: data)
    let delegate = Delegate(parser: parser)
    delegate.stopAtBody = true
    parser.delegate = delegate
    _ = parser.parse()
    return delegate.sawBody ? delegate.headerProperties : nil
  }

  /// The file's bytes, checked before any XML parser sees them: FoundationXML traps on
  /// names, comments or processing instructions holding bytes that are not UTF-8, so a
  /// file without a UTF-16 byte-order mark must be valid UTF-8 (TMX recommends UTF-8 or
  /// UTF-16) and free of NUL bytes. The error locates the first bad byte.
  static func validatedBytes(path: String) throws(BitextError) -> Data {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory),
      !isDirectory.boolValue, FileManager.default.isReadableFile(atPath: path),
      let data = FileManager.default.contents(atPath: path)
    else {
      throw BitextError(.unreadable, "\(path): no such file or not readable")
    }
    let bytes = [UInt8](data)
    if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
      // UTF-16: libxml2 transcodes and reports bad sequences itself; FoundationXML only
      // ever sees its UTF-8 output.
      return data
    }
    if let bad = firstInvalidUTF8(bytes) {
      let place = ByteLocation(of: bad, in: bytes)
      throw BitextError(
        .malformed,
        "\(path):\(place.line):\(place.column): byte 0x\(String(bytes[bad], radix: 16, uppercase: true)) at "
          + "offset \(bad) is not UTF-8 (TMX files are read as UTF-8 or UTF-16)")
    }
    if bytes.contains(0) {
      let offset = bytes.firstIndex(of: 0)!
      throw BitextError(
        .malformed, "\(path): a NUL byte at offset \(offset); XML does not allow it")
    }
    return data
  }

  /// The offset of the first byte that does not belong to a valid UTF-8 sequence.
  static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
    var decoder = UTF8()
    var iterator = bytes.makeIterator()
    var offset = 0
    while true {
      switch decoder.decode(&iterator) {
      case .scalarValue(let scalar):
        offset += UTF8.width(scalar)
      case .emptyInput:
        return nil
      case .error:
        return offset
      }
    }
  }

  private static func lineCount(_ data: Data) -> Int {
    return data.reduce(1) { $0 + ($1 == 10 ? 1 : 0) } - (data.last == 10 ? 1 : 0)
  }

  private static func describe(_ error: any Error, line: Int) -> String {
    switch (error as NSError).code {
    case 4 where line <= 1: return "empty document"
    case 4, 5, 76, 77: return "the file ends early (truncated?)"
    case 9:
      return "a character XML does not allow (a control character, or bytes that are not UTF-8)"
    case 68: return "an unescaped '&' (or a broken entity reference)"
    case 38, 41: return "an unescaped '<' or a broken tag"
    default: return "not well-formed XML (libxml2 error \((error as NSError).code))"
    }
  }

  private final class Delegate: NSObject, XMLParserDelegate {
    weak var parser: XMLParser?
    var version = ""
    var header: [String: String] = [:]
    var units: [TMXUnit] = []
    var legacyLanguageLines: [Int] = []
    var sawRoot = false
    var headerProperties: [String: String] = [:]
    /// Stop at `<body>` (header-only reads).
    var stopAtBody = false
    var sawBody = false
    var openElements = 0
    var failure: String?
    var errorLine: Int?
    var errorColumn: Int?

    private var unit: TMXUnit?
    private var language: String?
    private var segment: String?
    private var propertyType: String?
    private var property: String?

    init(parser: XMLParser) { self.parser = parser }

    func parser(
      _ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
      qualifiedName: String?, attributes: [String: String] = [:]
    ) {
      openElements += 1
      switch name {
      case "tmx":
        sawRoot = true
        version = attributes["version"] ?? ""
      case "header": header = attributes
      case "body":
        sawBody = true
        if stopAtBody { parser.abortParsing() }
      case "tu":
        unit = TMXUnit(
          id: attributes["tuid"], variants: [], properties: [:], line: parser.lineNumber)
      case "tuv":
        // TMX 1.4 uses xml:lang; 1.1–1.3 used lang.
        language = attributes["xml:lang"] ?? attributes["lang"] ?? ""
        if attributes["xml:lang"] == nil && attributes["lang"] != nil {
          legacyLanguageLines.append(parser.lineNumber)
        }
      case "seg": segment = ""
      case "prop":
        propertyType = attributes["type"]
        property = ""
      default: break  // inline elements (bpt, ept, ph, it, hi, ut, sub): their text is kept
      }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
      if segment != nil { segment! += string }
      if property != nil { property! += string }
    }

    func parser(
      _ parser: XMLParser, didEndElement name: String, namespaceURI: String?,
      qualifiedName: String?
    ) {
      openElements -= 1
      switch name {
      case "seg":
        if let segment, let language { unit?.variants.append((language, segment)) }
        segment = nil
      case "tuv": language = nil
      case "prop":
        if let propertyType, let property {
          if unit != nil {
            unit?.properties[propertyType] = property
          } else {
            headerProperties[propertyType] = property
          }
        }
        propertyType = nil
        property = nil
      case "tu":
        if let unit { units.append(unit) }
        unit = nil
      default: break
      }
    }

    func parser(_ parser: XMLParser, parseErrorOccurred error: any Error) {
      if failure == nil {
        errorLine = parser.lineNumber
        errorColumn = parser.columnNumber
        failure = TMXReader.describe(error, line: parser.lineNumber)
      }
    }
  }
}
