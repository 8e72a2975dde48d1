extension Segmenter {
  /// How a document is read and segmented.
  public struct Options: Sendable {
    /// ICU locale for English sentence breaks (`@ss=standard` suppresses abbreviations).
    public var englishLocale = "en@ss=standard"
    /// ICU locale for Chinese sentence breaks.
    public var chineseLocale = "zh"
    /// An ICU converter name that overrides encoding detection, e.g. `GB18030`.
    public var encoding: String?
    /// Treat every non-empty line as one sentence (pre-segmented input, as hunalign uses).
    public var linesAreSentences = false

    /// The default options.
    public init() {}
  }
}
