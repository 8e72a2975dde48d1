public import BitextAlignment
public import BitextCore
public import BitextLexicon
import BitextSegmentation
import Foundation

// The library's front door: text or files in, an ``Alignment`` that writes itself out.
//
// ```swift
// import Bitext
//
// let alignment = try Bitext.align(zh: "茶起源于中国。", en: "Tea originated in China.")
// for bead in alignment.exportedBeads {
//   print(alignment.zhText(bead), "↔", alignment.enText(bead), bead.confidence)
// }
// try alignment.writeTMX(to: "memory.tmx")
// ```

/// Aligns Chinese text with English text (each segmented into sentences) using the
/// default dictionary (``LexiconLoader/defaultPath()``) unless `lexicon` is given.
///
/// - Throws: ``BitextError`` when no dictionary is found and none is given (pass
///   `Lexicon()` to align without one), or when a text is empty.
public func align(
  zh: String, en: String, lexicon: Lexicon? = nil,
  configuration: Aligner.Configuration = .init()
) throws(BitextError) -> Alignment {
  let segmenter = Segmenter()
  let zhDocument = try segmenter.segment(text: zh, name: "zh")
  let enDocument = try segmenter.segment(text: en, name: "en")
  let aligner = Aligner(lexicon: try resolved(lexicon), configuration: configuration)
  return aligner.align(zh: zhDocument, en: enDocument)
}

/// Aligns a Chinese file with an English file, or the two languages of one mixed file
/// (`en` nil); see ``align(zh:en:lexicon:configuration:)``.
public func align(
  zhFile: String, enFile: String? = nil, lexicon: Lexicon? = nil,
  configuration: Aligner.Configuration = .init()
) throws(BitextError) -> Alignment {
  let pipeline = Pipeline(
    aligner: Aligner(lexicon: try resolved(lexicon), configuration: configuration))
  if let enFile { return try pipeline.align(zh: zhFile, en: enFile).alignment }
  return try pipeline.align(inputs: [zhFile]).alignment
}

private func resolved(_ lexicon: Lexicon?) throws(BitextError) -> Lexicon {
  if let lexicon { return lexicon }
  return try defaultLexicon()
}

/// The default dictionary (`$BITEXT_LEXICON` or `.cache/cedict`, through its cache).
///
/// - Throws: ``BitextError`` (`unreadable`) saying how to get one when none is found.
public func defaultLexicon() throws(BitextError) -> Lexicon {
  guard let path = LexiconLoader.defaultPath() else {
    throw BitextError(
      .unreadable,
      "no dictionary found: run Scripts/setup.sh, set BITEXT_LEXICON, or pass a Lexicon "
        + "(Lexicon() aligns without one)")
  }
  return try LexiconCache.load(path: path)
}

extension Alignment {
  /// The `xml:lang` code for the first (Chinese) side: `zh-TW` when most Chinese sentences
  /// are Traditional, else `zh-CN`; the side's own language (`ru`) when it is not Chinese.
  public var chineseCode: String {
    if let first = zh.first?.language, !first.isChinese { return first.rawValue }
    let traditional = zh.count { $0.language == .zhHant }
    return traditional * 2 > zh.count ? "zh-TW" : "zh-CN"
  }

  /// The `xml:lang` code for the second (English) side: its language (`en`, or `ru` when
  /// Chinese was aligned with Russian).
  public var englishCode: String { en.first?.language == .ru ? "ru" : "en" }

  /// The exported pairs as TMX units.
  public func translationUnits(
    document: String = "", chineseCode: String? = nil
  ) -> [TranslationUnit] {
    exportedBeads.map { bead in
      TranslationUnit(
        zh: zhText(bead), en: enText(bead), zhCode: chineseCode ?? self.chineseCode,
        confidence: bead.confidence, shape: bead.shape.description, document: document,
        zhLines: zh[bead.zh.lowerBound].range.line...zh[bead.zh.upperBound - 1].range.endLine,
        enLines: en[bead.en.lowerBound].range.line...en[bead.en.upperBound - 1].range.endLine)
    }
  }

  /// Writes the exported pairs (``exportedBeads``) as TMX 1.4b, atomically.
  ///
  /// - Returns: What was written (units, duplicates dropped, characters removed).
  @discardableResult
  public func writeTMX(
    to path: String, chineseCode: String? = nil, englishCode: String? = nil,
    document: String = ""
  ) throws(BitextError) -> TMXWriter.Summary {
    try OutputSafety.checkReplaceable(path)
    let code = chineseCode ?? self.chineseCode
    let writer = try TMXWriter(
      path: path, header: TMXHeader(sourceLanguage: code),
      englishCode: englishCode ?? self.englishCode)
    for unit in translationUnits(document: document, chineseCode: code) { try writer.add(unit) }
    return try writer.finish()
  }

  /// Writes every pair (with `"exported"`) and every unaligned sentence as JSON Lines,
  /// atomically, in the format of `bitext align --jsonl`.
  public func writeJSONLines(to path: String) throws(BitextError) {
    try OutputSafety.checkReplaceable(path)
    let result = Pipeline.Result(
      name: "", alignment: self, chineseScript: chineseCode == "zh-TW" ? .zhHant : .zhHans)
    let file = try AtomicFile(path: path)
    for record in Pipeline.records(
      result, minimumConfidence: minimumConfidence, lineNumbers: false)
    {
      try file.write(record.jsonLine + "\n")
    }
    try file.commit()
  }
}

extension Pipeline {
  /// Writes the pairs of `result` at or above its threshold as TMX, with this pipeline's
  /// language codes (``simplifiedCode``, ``traditionalCode``, ``englishCode``).
  @discardableResult
  public func writeTMX(_ result: Result, to path: String) throws(BitextError)
    -> TMXWriter.Summary
  {
    try result.alignment.writeTMX(
      to: path, chineseCode: chineseCode(result), englishCode: englishCode,
      document: result.name)
  }
}
