/// One Chinese–English pair to export, with what a reviewer wants to know about it.
public struct TranslationUnit: Sendable, Hashable {
  /// Chinese segment text.
  public var zh: String
  /// English segment text.
  public var en: String
  /// Language code written for the Chinese side (zh-CN, zh-TW …).
  public var zhCode: String
  /// Similarity-based confidence in [0, 1].
  public var confidence: Double
  /// Bead shape, e.g. `1-2`.
  public var shape: String
  /// Source document name.
  public var document: String
  /// Source lines of the Chinese side (first–last).
  public var zhLines: ClosedRange<Int>
  /// Source lines of the English side (first–last).
  public var enLines: ClosedRange<Int>

  /// Creates a unit.
  public init(
    zh: String, en: String, zhCode: String, confidence: Double, shape: String,
    document: String, zhLines: ClosedRange<Int>, enLines: ClosedRange<Int>
  ) {
    self.zh = zh
    self.en = en
    self.zhCode = zhCode
    self.confidence = confidence
    self.shape = shape
    self.document = document
    self.zhLines = zhLines
    self.enLines = enLines
  }
}
