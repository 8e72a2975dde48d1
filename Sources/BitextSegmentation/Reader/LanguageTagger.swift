package import BitextCore

/// Tags text as Simplified or Traditional Chinese, English, Russian or other.
///
/// Scripts are counted per character: Han characters against Latin and Cyrillic words, so a
/// Chinese sentence that quotes an English name stays Chinese and an English sentence that
/// quotes 習近平 stays English. Traditional and Simplified are told apart by the characters
/// that ICU's `Hant-Hans` and `Hans-Hant` transforms change.
///
/// Not `Sendable` (it caches per character); create one per task.
package final class LanguageTagger {
  /// Per Han character: +1 only Traditional, -1 only Simplified, 0 shared (a local copy of
  /// ``HanCharacters``, which is shared and locked).
  private var scriptCache: [Unicode.Scalar: Int8] = [:]

  /// Creates a tagger.
  package init() {}

  /// Script counts of a text.
  package struct Counts: Sendable, Equatable {
    /// Han characters.
    package var han = 0
    /// Latin-script words.
    package var latinWords = 0
    /// Cyrillic-script words.
    package var cyrillicWords = 0
    /// Han characters found only in Traditional text minus those found only in Simplified.
    package var traditionalBalance = 0
  }

  /// Whether neither script dominates (an English endnote citing a Chinese or Japanese
  /// title, a Chinese line quoting an English phrase): such text takes its neighbours'
  /// language.
  package static func isMixed(_ c: Counts) -> Bool {
    c.han >= 2 && c.latinWords >= 2 && c.han < 4 * c.latinWords && c.latinWords * 4 > c.han
  }

  /// Counts scripts in `text`.
  package func counts(_ text: String) -> Counts {
    var counts = Counts()
    var inLatin = false
    var inCyrillic = false
    for scalar in text.unicodeScalars {
      if CharacterClass.isHan(scalar) {
        counts.han += 1
        counts.traditionalBalance += Int(script(of: scalar))
      }
      let latin = CharacterClass.isLatinLetter(scalar)
      let cyrillic = CharacterClass.isCyrillic(scalar)
      if latin && !inLatin { counts.latinWords += 1 }
      if cyrillic && !inCyrillic { counts.cyrillicWords += 1 }
      inLatin = latin || (inLatin && (scalar == "'" || scalar == "’" || scalar == "-"))
      inCyrillic = cyrillic
    }
    return counts
  }

  /// The language of `text`, or nil when it has no letters (numbers, punctuation).
  ///
  /// - Parameter defaultChinese: The script to use when the Han characters are shared by
  ///   both scripts (the document's majority).
  package func language(of text: String, defaultChinese: Language = .zhHans) -> Language? {
    language(for: counts(text), defaultChinese: defaultChinese)
  }

  /// The language for precomputed counts; see ``language(of:defaultChinese:)``.
  package func language(for c: Counts, defaultChinese: Language = .zhHans) -> Language? {
    if c.han == 0 && c.latinWords == 0 && c.cyrillicWords == 0 { return nil }
    // One Han character weighs about as much as half an English word.
    if c.han >= 2, Double(c.han) >= Double(c.latinWords + c.cyrillicWords) * 0.5 {
      if c.traditionalBalance > 0 { return .zhHant }
      if c.traditionalBalance < 0 { return .zhHans }
      return defaultChinese
    }
    if c.cyrillicWords > c.latinWords { return .ru }
    if c.latinWords > 0 { return .en }
    if c.han > 0 { return c.traditionalBalance > 0 ? .zhHant : defaultChinese }
    return .other
  }

  private func script(of scalar: Unicode.Scalar) -> Int8 {
    if let cached = scriptCache[scalar] { return cached }
    let value = HanCharacters.shared.script(scalar).script
    scriptCache[scalar] = value
    return value
  }
}
