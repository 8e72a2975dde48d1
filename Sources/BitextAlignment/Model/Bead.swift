import BitextCore

/// One pair of the alignment: consecutive Chinese sentences and the English ones they
/// translate, with a confidence in [0, 1].
public struct Bead: Sendable, Hashable {
  /// Indices into the Chinese sentence list (reading order), consecutive.
  public var zh: Range<Int>
  /// Indices into the English sentence list (reading order), consecutive.
  public var en: Range<Int>
  /// How likely the pair is right: pairs at 0.9 are meant to be right about 9 times in 10.
  public var confidence: Double
  /// The raw similarity the confidence was derived from.
  public var score: Double

  /// Creates a bead.
  public init(zh: Range<Int>, en: Range<Int>, confidence: Double, score: Double) {
    self.zh = zh
    self.en = en
    self.confidence = confidence
    self.score = score
  }

  /// The bead's shape.
  public var shape: BeadShape { BeadShape(zh: zh.count, en: en.count) }
}
