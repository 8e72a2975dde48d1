/// The stemmer's version, part of the lexicon cache's key: a cache built with other stems
/// is rebuilt.
public let englishStemmerVersion = 2

/// A light English stemmer: inflectional and common derivational suffixes are stripped,
/// then the stem is cut to six letters (prefix stemming, as statistical aligners use), so
/// that "economy", "economic" and "economies" meet.
///
/// Snowball (`libstemmer-dev`) is not packaged for this machine's Debian release, hence
/// this small stand-in; glosses and text go through the same function, which is what
/// matters for matching.
public enum EnglishStemmer {
  private static let suffixes = [
    "ational", "ization", "fulness", "ousness", "iveness", "ations", "ation", "ments", "ment",
    "ness", "ings", "ing", "ies", "ied", "ers", "ed", "es", "ly", "er", "s",
  ]

  /// The stem of a lowercase ASCII word.
  public static func stem(_ word: String) -> String {
    var w = word
    if w.hasSuffix("'s") || w.hasSuffix("’s") { w.removeLast(2) }
    if w.count > 4 {
      for suffix in suffixes where w.hasSuffix(suffix) && w.count - suffix.count >= 3 {
        if suffix == "s" && (w.hasSuffix("ss") || w.hasSuffix("us") || w.hasSuffix("is")) { break }
        w.removeLast(suffix.count)
        if suffix == "ies" || suffix == "ied" { w += "y" }
        break
      }
    }
    // Porter's final steps, so that "remove"/"removed" and "stop"/"stopped" meet.
    if w.hasSuffix("e") && w.count > 3 { w.removeLast() }
    if w.hasSuffix("y") && w.count > 4 { w.removeLast() }
    if w.count > 3, let last = w.last, w.dropLast().last == last, !"aeioulsz".contains(last) {
      w.removeLast()
    }
    return String(w.prefix(6))
  }

  /// Function words that carry no lexical evidence.
  public static let stopwords: Set<String> = [
    "a", "an", "the", "of", "to", "in", "on", "at", "by", "for", "with", "from", "and", "or",
    "but", "nor", "as", "is", "are", "was", "were", "be", "been", "being", "am", "it", "its",
    "this", "that", "these", "those", "which", "who", "whom", "whose", "what", "there",
    "their", "they", "them", "he", "she", "his", "her", "him", "we", "our", "us", "you",
    "your", "i", "me", "my", "not", "no", "so", "than", "then", "too", "very", "can",
    "could", "will", "would", "shall", "should", "may", "might", "must", "do", "does", "did",
    "have", "has", "had", "having", "into", "onto", "over", "under", "about", "also", "such",
    "some", "any", "all", "each", "other", "more", "most", "if", "when", "while", "where",
    "how", "why", "one", "s", "sb", "sth", "something", "someone", "etc", "oneself", "up",
    "out", "both", "only", "just", "own", "same", "between", "through", "during", "without",
    "within", "against", "among", "upon", "because", "however", "yet", "even", "well",
  ]
}
