/// The language of a block or sentence, with BCP 47 raw values.
public enum Language: String, Sendable, Hashable, Codable, CaseIterable {
  /// Simplified Chinese.
  case zhHans = "zh-Hans"
  /// Traditional Chinese.
  case zhHant = "zh-Hant"
  /// English.
  case en
  /// Russian (journal abstracts); never aligned as English.
  case ru
  /// Anything else: numbers only, other scripts, empty lines.
  case other

  /// Whether this is one of the two Chinese scripts.
  public var isChinese: Bool { self == .zhHans || self == .zhHant }
}
