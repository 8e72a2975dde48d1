public import BitextCore

/// Reads documents and breaks them into language-tagged sentences with source offsets.
///
/// ```swift
/// let segmenter = Segmenter()
/// let document = try segmenter.read(path: "essay.txt")
/// for unit in document.units { print(unit.language, unit.text) }
/// ```
///
/// Not `Sendable` (ICU transforms and caches); create one per task.
public final class Segmenter {
  /// The options in use.
  public let options: Options
  private let tagger = LanguageTagger()
  /// One sentence breaker per locale, reused for every block.
  private var breakers: [String: ICUSentenceBreaker] = [:]

  /// Creates a segmenter.
  public init(options: Options = Options()) {
    self.options = options
  }

  /// Reads and segments the file at `path`.
  ///
  /// - Throws: ``BitextError`` for a missing, empty, binary or undecodable file.
  public func read(path: String) throws(BitextError) -> Document {
    let decoded = try InputDecoder.read(path: path, encoding: options.encoding)
    let name = path.split(separator: "/").last.map(String.init) ?? path
    var document = try segment(decoded, name: name)
    document.warnings = decoded.warnings.map { "\(path): \($0)" }
    return document
  }

  /// Segments text that is already decoded.
  public func segment(_ decoded: DecodedText, name: String) throws(BitextError) -> Document {
    if options.linesAreSentences { return segmentLines(decoded, name: name) }
    let (blocks, lineStarts) = DocumentReader.blocks(of: decoded, tagger: tagger)
    var units: [TextUnit] = []
    for block in blocks {
      do {
        for (range, text) in try sentenceRanges(in: block) {
          let start = block.mapped.starts[range.lowerBound]
          let end = block.mapped.ends[range.upperBound - 1]
          let counts = tagger.counts(text)
          var language =
            tagger.language(
              for: counts, defaultChinese: block.language.isChinese ? block.language : .zhHans
            )
            .map { $0.isChinese && block.language.isChinese ? block.language : $0 }
            ?? block.language
          if LanguageTagger.isMixed(counts) { language = block.language }
          units.append(
            TextUnit(
              block: block.index, index: units.count, language: language, kind: block.kind,
              text: text,
              range: SourceRange(
                start: start, end: end,
                line: DocumentReader.line(of: start, in: lineStarts),
                endLine: DocumentReader.line(of: end - 1, in: lineStarts))))
        }
      } catch {
        throw BitextError(.undecodable, "\(name): ICU sentence break failed (\(error))")
      }
    }
    return Document(name: name, encoding: decoded.encoding, blocks: blocks, units: units)
  }

  /// Segments a string (for tests and library users).
  public func segment(text: String, name: String = "text") throws(BitextError) -> Document {
    try segment(DecodedText(text: text, encoding: "UTF-8", byteOffset: 0), name: name)
  }

  /// Sentence ranges (scalar indices into the block) and their text.
  private func sentenceRanges(in block: Block) throws(ICUError) -> [(Range<Int>, String)] {
    let scalars = block.mapped.scalars
    if BlockClassifier.isWholeUnit(block.kind) || block.language == .other {
      return [(0..<scalars.count, block.text)]
    }
    // A field label such as 〔提 要〕 or 【摘要】 opening the block is a unit of its own.
    let label = BlockClassifier.leadingLabelLength(scalars)
    // UTF-8 of the block and the scalar index of each byte offset.
    var utf8: [UInt8] = []
    var scalarAt: [Int] = []
    for (i, scalar) in scalars.enumerated() {
      for byte in UTF8.encode(scalar)! {
        utf8.append(byte)
        scalarAt.append(i)
      }
    }
    scalarAt.append(scalars.count)
    let locale: String
    switch block.language {
    case .zhHans, .zhHant: locale = options.chineseLocale
    case .ru: locale = "ru"
    default: locale = options.englishLocale
    }
    let breaker: ICUSentenceBreaker
    if let cached = breakers[locale] {
      breaker = cached
    } else {
      breaker = try ICUSentenceBreaker(locale: locale)
      breakers[locale] = breaker
    }
    var pieces: [Range<Int>] = []
    var previous = 0
    if label > 0 {
      pieces.append(0..<label)
      previous = label
    }
    for boundary in try breaker.boundaries(of: utf8) where boundary > 0 && scalarAt[boundary] > label {
      let end = scalarAt[boundary]
      if end > previous { pieces.append(previous..<end) }
      previous = end
    }
    if previous < scalars.count { pieces.append(previous..<scalars.count) }
    pieces = SentenceRepair.repair(SentenceRepair.shiftOutOfBrackets(pieces, scalars), scalars)
    return pieces.compactMap { range in
      var lower = range.lowerBound
      var upper = range.upperBound
      while lower < upper, scalars[lower].properties.isWhitespace { lower += 1 }
      while upper > lower, scalars[upper - 1].properties.isWhitespace { upper -= 1 }
      guard lower < upper else { return nil }
      return (lower..<upper, block.mapped.string(lower..<upper))
    }
  }

  private func segmentLines(_ decoded: DecodedText, name: String) -> Document {
    var units: [TextUnit] = []
    var offset = decoded.byteOffset
    var lineNumber = 0
    var blocks: [Block] = []
    var widths = DecodedText.SourceWidths(decoded)
    for line in decoded.text.split(separator: "\n", omittingEmptySubsequences: false) {
      let bytes = line.unicodeScalars.reduce(0) { $0 + widths.width(of: $1) }
      defer {
        offset += bytes + 1
        lineNumber += 1
      }
      let text = line.trimmingCharacters()
      guard !text.isEmpty else { continue }
      let language = tagger.language(of: text) ?? .other
      let range = SourceRange(
        start: offset, end: offset + bytes - (line.hasSuffix("\r") ? 1 : 0),
        line: lineNumber + 1, endLine: lineNumber + 1)
      var mapped = MappedText()
      mapped.append(" ", start: range.start, end: range.end)
      blocks.append(
        Block(
          index: blocks.count, kind: .body, language: language, text: text, range: range,
          mapped: mapped, marker: .none))
      units.append(
        TextUnit(
          block: blocks.count - 1, index: lineNumber, language: language, kind: .body,
          text: text, range: range))
    }
    return Document(name: name, encoding: decoded.encoding, blocks: blocks, units: units)
  }
}

extension Substring {
  fileprivate func trimmingCharacters() -> String {
    var scalars = Array(unicodeScalars)
    while let last = scalars.last, last.properties.isWhitespace { scalars.removeLast() }
    let lead = scalars.prefix { $0.properties.isWhitespace }.count
    return String(String.UnicodeScalarView(scalars.dropFirst(lead)))
  }
}
