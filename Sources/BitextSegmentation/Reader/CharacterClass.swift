/// Character classes the reader, the tagger and the aligner agree on.
package enum CharacterClass {
  /// Whether `scalar` is a Han ideograph (CJK Unified Ideographs and extensions).
  package static func isHan(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x3134F: return true
    default: return false
    }
  }

  /// Whether `scalar` is a Latin letter (ASCII or Latin-1/Extended letters).
  package static func isLatinLetter(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x41...0x5A, 0x61...0x7A: return true
    case 0xC0...0x24F: return scalar.properties.isAlphabetic
    default: return false
    }
  }

  /// Whether `scalar` is alphabetic or an ASCII digit, without a Unicode property lookup
  /// for ASCII (the common case in English text).
  @inline(__always)
  package static func isLetterOrDigit(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: return true
    case 0..<0x80: return false
    default: return scalar.properties.isAlphabetic
    }
  }

  /// Whether `scalar` is an ASCII letter.
  @inline(__always)
  package static func isASCIILetter(_ scalar: Unicode.Scalar) -> Bool {
    (0x41...0x5A).contains(scalar.value) || (0x61...0x7A).contains(scalar.value)
  }

  /// Whether `scalar` is a Cyrillic letter.
  package static func isCyrillic(_ scalar: Unicode.Scalar) -> Bool {
    (0x0400...0x04FF).contains(scalar.value)
  }

  /// Whether `scalar` is punctuation as Chinese running text uses it (full-width marks,
  /// and the ASCII comma, period and colon that some sources use instead).
  static func isChinesePunctuation(_ scalar: Unicode.Scalar) -> Bool {
    (0x3000...0x303F).contains(scalar.value) || (0xFF00...0xFF0F).contains(scalar.value)
      || (0xFF1A...0xFF1F).contains(scalar.value)
      || ["，", "、", "“", "”", "‘", "’", ",", ".", ":", ";", "!", "?"].contains(scalar)
  }

  /// Digit runs of `scalars` (ASCII or full width), thousands separators removed:
  /// "1,500 people in 2024" gives ["1500", "2024"].
  package static func numbers(in scalars: [Unicode.Scalar]) -> [String] {
    var result: [String] = []
    var current = ""
    for (index, scalar) in scalars.enumerated() {
      if ("0"..."9").contains(scalar) {
        current.unicodeScalars.append(scalar)
      } else if (0xFF10...0xFF19).contains(scalar.value) {
        current.unicodeScalars.append(Unicode.Scalar(scalar.value - 0xFF10 + 0x30)!)
      } else if scalar == ",", !current.isEmpty, index + 3 < scalars.count,
        ("0"..."9").contains(scalars[index + 1]), ("0"..."9").contains(scalars[index + 3])
      {
        continue
      } else if !current.isEmpty {
        result.append(current)
        current = ""
      }
    }
    if !current.isEmpty { result.append(current) }
    return result
  }

  /// Punctuation that ends a Chinese or English sentence.
  static let sentenceFinal: Set<Unicode.Scalar> = ["。", "！", "？", "!", "?", ".", "…", "．"]

  /// Closing quotes and brackets that may follow sentence-final punctuation.
  static let closing: Set<Unicode.Scalar> = [
    "」", "』", "”", "’", "\"", "'", "）", ")", "》", "〉", "]", "】", "〕",
  ]

  /// Opening quotes and brackets.
  static let opening: Set<Unicode.Scalar> = [
    "「", "『", "“", "‘", "（", "(", "《", "〈", "[", "【", "〔",
  ]

  /// Punctuation after which a Chinese line clearly continues.
  static let continuing: Set<Unicode.Scalar> = [
    "，", ",", "、", "：", ":", "；", ";", "—", "-", "－", "·", "「", "『", "“", "（", "(", "《",
  ]
}
