import BitextAlignment
import BitextCore
import BitextExport

/// One line of `bitext align --jsonl`.
public struct AlignmentRecord: Codable, Sendable {
  /// One side of a pair.
  public struct Side: Codable, Sendable {
    /// Joined text.
    public var text: String
    /// UTF-8 byte offset of the first sentence.
    public var start: Int
    /// UTF-8 byte offset after the last sentence.
    public var end: Int
    /// Sentence indices (0-based, per language, reading order).
    public var sentences: [Int]
    /// First source line.
    public var line: Int

    /// Creates a side.
    public init(text: String, start: Int, end: Int, sentences: [Int], line: Int) {
      self.text = text
      self.start = start
      self.end = end
      self.sentences = sentences
      self.line = line
    }
  }

  /// Creates a record; pairs give `shape`, `confidence`, `exported`, `zh` and `en`,
  /// unaligned sentences give `lang`, `text`, `start`, `end`, `sentences` and `line`.
  public init(
    type: String, shape: String? = nil, confidence: Double? = nil, exported: Bool? = nil,
    zh: Side? = nil, en: Side? = nil, lang: String? = nil, text: String? = nil,
    start: Int? = nil, end: Int? = nil, sentences: [Int]? = nil, line: Int? = nil
  ) {
    self.type = type
    self.shape = shape
    self.confidence = confidence
    self.exported = exported
    self.zh = zh
    self.en = en
    self.lang = lang
    self.text = text
    self.start = start
    self.end = end
    self.sentences = sentences
    self.line = line
  }

  /// `pair` or `unaligned`.
  public var type: String
  /// Bead shape for pairs (`1-2`).
  public var shape: String?
  /// Confidence for pairs.
  public var confidence: Double?
  /// Whether the pair is in the TMX (confidence at or above the threshold).
  public var exported: Bool?
  /// Chinese side of a pair.
  public var zh: Side?
  /// English side of a pair.
  public var en: Side?
  /// Language of an unaligned sentence.
  public var lang: String?
  /// Text of an unaligned sentence.
  public var text: String?
  /// Start offset of an unaligned sentence.
  public var start: Int?
  /// End offset of an unaligned sentence.
  public var end: Int?
  /// Index of an unaligned sentence.
  public var sentences: [Int]?
  /// Source line of an unaligned sentence.
  public var line: Int?

  /// What is wrong with a record read from a file, or nil: numbers out of range (a
  /// confidence outside 0…1, a negative or absurd offset, index or line), a pair without
  /// both sides, an unknown type. Readers check this so that no later arithmetic traps.
  public var problem: String? {
    let limit = Int(Int32.max)
    func check(_ name: String, _ value: Int?) -> String? {
      guard let value else { return nil }
      return (0...limit).contains(value) ? nil : "\"\(name)\" is \(value), out of range"
    }
    func check(side name: String, _ side: Side) -> String? {
      if let problem = check(name + ".start", side.start) ?? check(name + ".end", side.end)
        ?? check(name + ".line", side.line)
      {
        return problem
      }
      if side.end < side.start { return "\"\(name).end\" is before \"\(name).start\"" }
      if side.sentences.isEmpty { return "\"\(name).sentences\" is empty" }
      for index in side.sentences {
        if let problem = check(name + ".sentences", index) { return problem }
      }
      return nil
    }
    switch type {
    case "pair":
      guard let confidence, confidence.isFinite, (0...1).contains(confidence) else {
        return "\"confidence\" must be a number from 0 to 1"
      }
      guard let zh, let en else { return "a pair needs \"zh\" and \"en\"" }
      return check(side: "zh", zh) ?? check(side: "en", en)
    case "unaligned":
      guard text != nil, let sentences, !sentences.isEmpty else {
        return "an unaligned record needs \"text\" and \"sentences\""
      }
      if let problem = check("start", start) ?? check("end", end) ?? check("line", line) {
        return problem
      }
      if let start, let end, end < start { return "\"end\" is before \"start\"" }
      for index in sentences {
        if let problem = check("sentences", index) { return problem }
      }
      return nil
    default:
      return "unknown record type \"\(type)\""
    }
  }

  /// The record as one line of JSON, fields in the documented order.
  public var jsonLine: String {
    var object = OrderedJSONObject()
    object.add("type", type)
    if let shape { object.add("shape", shape) }
    if let confidence { object.add("confidence", confidence) }
    if let exported { object.add("exported", exported) }
    for (key, side) in [("zh", zh), ("en", en)] {
      guard let side else { continue }
      var inner = OrderedJSONObject()
      inner.add("text", side.text)
      inner.add("start", side.start)
      inner.add("end", side.end)
      inner.add("sentences", side.sentences)
      inner.add("line", side.line)
      object.add(key, inner)
    }
    if let lang { object.add("lang", lang) }
    if let text { object.add("text", text) }
    if let start { object.add("start", start) }
    if let end { object.add("end", end) }
    if let sentences { object.add("sentences", sentences) }
    if let line { object.add("line", line) }
    return object.json
  }

  /// - Parameter lineNumbers: Number sentences by their source line (from 0), as for
  ///   pre-segmented input, instead of by their position among that language's sentences.
  static func pair(_ bead: Bead, _ alignment: Alignment, exported: Bool, lineNumbers: Bool)
    -> AlignmentRecord
  {
    func side(_ units: [TextUnit], _ indices: Range<Int>, _ text: String) -> Side {
      Side(
        text: text, start: units[indices.lowerBound].range.start,
        end: units[indices.upperBound - 1].range.end,
        sentences: lineNumbers ? indices.map { units[$0].range.line - 1 } : Array(indices),
        line: units[indices.lowerBound].range.line)
    }
    return AlignmentRecord(
      type: "pair", shape: bead.shape.description,
      confidence: (bead.confidence * 1000).rounded() / 1000, exported: exported,
      zh: side(alignment.zh, bead.zh, alignment.zhText(bead)),
      en: side(alignment.en, bead.en, alignment.enText(bead)))
  }

  static func unaligned(_ unit: TextUnit, _ index: Int, _ language: Language, lineNumbers: Bool)
    -> AlignmentRecord
  {
    AlignmentRecord(
      type: "unaligned", lang: unit.language.isChinese ? language.rawValue : unit.language.rawValue,
      text: unit.text, start: unit.range.start, end: unit.range.end,
      sentences: [lineNumbers ? unit.range.line - 1 : index],
      line: unit.range.line)
  }
}
