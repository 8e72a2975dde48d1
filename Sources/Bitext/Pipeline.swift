public import BitextAlignment
public import BitextCore
public import BitextExport
public import BitextSegmentation

/// Read → segment → align → export, as `bitext align` runs it.
///
/// ```swift
/// let pipeline = Pipeline(aligner: Aligner(lexicon: lexicon))
/// let result = try pipeline.align(inputs: ["essay.txt"])
/// try pipeline.writeTMX(result, to: "essay.tmx")
/// ```
public struct Pipeline: Sendable {
  /// How documents are read.
  public var segmenterOptions: Segmenter.Options
  /// The aligner.
  public var aligner: Aligner
  /// `xml:lang` for Simplified Chinese in TMX.
  public var simplifiedCode = "zh-CN"
  /// `xml:lang` for Traditional Chinese in TMX.
  public var traditionalCode = "zh-TW"
  /// `xml:lang` for English in TMX.
  public var englishCode = "en"
  /// The languages aligned (Chinese and English unless asked otherwise); see
  /// ``LanguagePair``.
  public var languages = LanguagePair.chineseEnglish

  /// Creates a pipeline.
  public init(segmenterOptions: Segmenter.Options = .init(), aligner: Aligner) {
    self.segmenterOptions = segmenterOptions
    self.aligner = aligner
  }

  /// An aligned document and where its sides came from.
  public struct Result: Sendable {
    /// Name used in TMX `x-document` props.
    public var name: String
    /// The alignment.
    public var alignment: Alignment
    /// Which script the Chinese side is written in.
    public var chineseScript: Language

    /// Creates a result.
    public init(name: String, alignment: Alignment, chineseScript: Language) {
      self.name = name
      self.alignment = alignment
      self.chineseScript = chineseScript
    }
  }

  /// Aligns one mixed file, or a file of each language (in either order).
  ///
  /// - Throws: ``BitextError`` for unreadable input or more than two files.
  public func align(inputs: [String]) throws(BitextError) -> Result {
    let segmenter = Segmenter(options: segmenterOptions)
    switch inputs.count {
    case 1:
      let document = try segmenter.read(path: inputs[0])
      var alignment = align(
        document.units(in: languages.first), document.units(in: languages.second))
      alignment.warnings = document.warnings + alignment.warnings
      return Result(
        name: document.name, alignment: alignment,
        chineseScript: document.chineseScript ?? .zhHans)
    case 2:
      var first = try segmenter.read(path: inputs[0])
      var second = try segmenter.read(path: inputs[1])
      let share = { (d: Document) in
        Double(d.units(in: languages.first).count) / Double(max(1, d.units.count))
      }
      if share(second) > share(first) { swap(&first, &second) }
      var alignment = align(
        first.units(in: languages.first), second.units(in: languages.second))
      alignment.warnings = first.warnings + second.warnings + alignment.warnings
      return Result(
        name: "\(first.name) + \(second.name)", alignment: alignment,
        chineseScript: first.chineseScript ?? .zhHans)
    default:
      throw BitextError(.invalidArgument, "give one mixed file or two files (one per language)")
    }
  }

  /// Aligns a file in the first language with a file in the second, as given (no
  /// language detection).
  public func align(zh zhPath: String, en enPath: String) throws(BitextError) -> Result {
    let segmenter = Segmenter(options: segmenterOptions)
    let zh = try segmenter.read(path: zhPath)
    let en = try segmenter.read(path: enPath)
    var alignment = align(zh.units(in: languages.first), en.units(in: languages.second))
    alignment.warnings = zh.warnings + en.warnings + alignment.warnings
    return Result(
      name: "\(zh.name) + \(en.name)", alignment: alignment,
      chineseScript: zh.chineseScript ?? .zhHans)
  }

  /// Aligns units of the first language with units of the second.
  private func align(_ first: [TextUnit], _ second: [TextUnit]) -> Alignment {
    var aligner = self.aligner
    aligner.languages = languages
    return aligner.align(zh: first, en: second)
  }

  /// The TMX language code for the first side of `result` (Chinese: by its script).
  public func chineseCode(_ result: Result) -> String {
    guard languages.first.isChinese else { return languages.first.rawValue }
    return result.chineseScript == .zhHant ? traditionalCode : simplifiedCode
  }

  /// The pairs of `result` at or above `minimumConfidence`, as TMX units.
  public func translationUnits(_ result: Result, minimumConfidence: Double) -> [TranslationUnit] {
    let alignment = result.alignment
    return alignment.beads.filter { $0.confidence >= minimumConfidence }.map { bead in
      let zhUnits = bead.zh.map { alignment.zh[$0] }
      let enUnits = bead.en.map { alignment.en[$0] }
      return TranslationUnit(
        zh: alignment.zhText(bead), en: alignment.enText(bead), zhCode: chineseCode(result),
        confidence: bead.confidence, shape: bead.shape.description, document: result.name,
        zhLines: zhUnits.first!.range.line...zhUnits.last!.range.endLine,
        enLines: enUnits.first!.range.line...enUnits.last!.range.endLine)
    }
  }

  /// JSON Lines of ``records(_:minimumConfidence:)``, one object per line.
  public func jsonLines(_ result: Result, minimumConfidence: Double) -> [String] {
    records(result, minimumConfidence: minimumConfidence).map(\.jsonLine)
  }

  /// Alignment records in reading order: pairs (with `exported`) and unaligned sentences.
  /// Sentences are numbered per language in reading order, or by source line (from 0) when
  /// the input is one sentence per line.
  public func records(_ result: Result, minimumConfidence: Double) -> [AlignmentRecord] {
    Self.records(
      result, minimumConfidence: minimumConfidence,
      lineNumbers: segmenterOptions.linesAreSentences)
  }

  /// ``records(_:minimumConfidence:)`` without a pipeline; `lineNumbers` when the input was
  /// one sentence per line.
  public static func records(_ result: Result, minimumConfidence: Double, lineNumbers: Bool)
    -> [AlignmentRecord]
  {
    let alignment = result.alignment
    let zhLanguage = result.chineseScript
    let byLine = lineNumbers
    var records: [AlignmentRecord] = []
    var zhNext = 0
    var enNext = 0
    let unalignedZh = Set(alignment.unalignedZh)
    let unalignedEn = Set(alignment.unalignedEn)
    func flush(zhUpTo: Int, enUpTo: Int) {
      while zhNext < zhUpTo {
        if unalignedZh.contains(zhNext) {
          records.append(
            AlignmentRecord.unaligned(alignment.zh[zhNext], zhNext, zhLanguage, lineNumbers: byLine)
          )
        }
        zhNext += 1
      }
      while enNext < enUpTo {
        if unalignedEn.contains(enNext) {
          records.append(
            AlignmentRecord.unaligned(alignment.en[enNext], enNext, .en, lineNumbers: byLine))
        }
        enNext += 1
      }
    }
    for bead in alignment.beads {
      flush(zhUpTo: bead.zh.lowerBound, enUpTo: bead.en.lowerBound)
      records.append(
        AlignmentRecord.pair(
          bead, alignment, exported: bead.confidence >= minimumConfidence, lineNumbers: byLine))
      zhNext = bead.zh.upperBound
      enNext = bead.en.upperBound
    }
    flush(zhUpTo: alignment.zh.count, enUpTo: alignment.en.count)
    return records
  }
}
