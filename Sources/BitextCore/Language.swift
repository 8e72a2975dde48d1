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

/// The two languages an alignment pairs: the first goes to the `zh` side of records and
/// translation units (the TMX `srclang`), the second to the `en` side.
///
/// Chinese–English is the default and the case the dictionary serves; Russian pairs with
/// English or Chinese (the Russian abstracts of a journal issue), on evidence that needs no
/// dictionary: sentence embeddings, lengths, numbers and Latin tokens.
public struct LanguagePair: Sendable, Hashable, CustomStringConvertible {
  /// The first language (Chinese or Russian).
  public let first: Language
  /// The second language (English or Russian).
  public let second: Language

  /// Chinese (either script) and English.
  public static let chineseEnglish = LanguagePair(checked: .zhHans, .en)
  /// Russian and English.
  public static let russianEnglish = LanguagePair(checked: .ru, .en)
  /// Chinese and Russian.
  public static let chineseRussian = LanguagePair(checked: .zhHans, .ru)

  private init(checked first: Language, _ second: Language) {
    self.first = first
    self.second = second
  }

  /// The pair named `zh,en`, `ru,en` or `zh,ru` (`en,zh`, `en,ru` and `ru,zh` name the
  /// same pairs), or nil.
  public init?(codes: String) {
    let parts = Set(codes.lowercased().split(separator: ",").map { String($0.filter { !$0.isWhitespace }) })
    switch parts {
    case ["zh", "en"]: self = .chineseEnglish
    case ["ru", "en"]: self = .russianEnglish
    case ["zh", "ru"]: self = .chineseRussian
    default: return nil
    }
  }

  /// `zh,en`, `ru,en` or `zh,ru`.
  public var description: String {
    [first, second].map { $0.isChinese ? "zh" : $0.rawValue }.joined(separator: ",")
  }

  /// The English name of a side's language, for messages.
  public static func name(_ language: Language) -> String {
    switch language {
    case .zhHans, .zhHant: return "Chinese"
    case .en: return "English"
    case .ru: return "Russian"
    case .other: return "other"
    }
  }
}
