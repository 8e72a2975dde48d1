/// Splits English text into lowercase words and content-word stems.
package enum EnglishTokenizer {
  /// Lowercase ASCII-letter words of `text` (digits and punctuation split words).
  package static func words(_ text: String) -> [String] {
    var words: [String] = []
    var current = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      if (0x41...0x5A).contains(scalar.value) || (0x61...0x7A).contains(scalar.value) {
        current.append(Unicode.Scalar(UInt8(ascii: scalar) | 0x20))
      } else if (scalar == "'" || scalar == "’"), !current.isEmpty {
        continue
      } else if !current.isEmpty {
        words.append(String(current))
        current = String.UnicodeScalarView()
      }
    }
    if !current.isEmpty { words.append(String(current)) }
    return words
  }

  /// Stems of the content words of `text` (stopwords and one-letter words dropped).
  package static func contentStems(_ text: String) -> [String] {
    words(text).compactMap { word in
      guard word.count > 1, !EnglishStemmer.stopwords.contains(word) else { return nil }
      return EnglishStemmer.stem(word)
    }
  }
}

extension UInt8 {
  fileprivate init(ascii scalar: Unicode.Scalar) { self = UInt8(truncatingIfNeeded: scalar.value) }
}
