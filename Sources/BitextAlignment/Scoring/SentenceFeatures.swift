import BitextCore
import BitextLexicon
import BitextSegmentation

/// What the scorers know of one Chinese sentence.
struct ChineseFeatures {
  /// Dictionary words: their gloss stem ids and a weight (lower for words with many glosses).
  var words: [(translations: [Int32], weight: Float)] = []
  /// Every gloss stem of every word, for the English side's coverage.
  var translationSet: Set<Int32> = []
  /// Numbers (digits only, separators removed).
  var numbers: [String] = []
  /// Latin-script tokens (G7, SCO, BRICS), lowercased.
  var latin: [String] = []
  /// Pinyin of two or three consecutive Han characters, for names (杨洁勉 → jiemian).
  /// (Stored as FNV-1a hashes of the lowercase romanisation.)
  var pinyinKeys: Set<UInt64> = []
  /// Length in English-character units (Han characters; Latin counted by letters / 3).
  var length: Double = 0
  var totalWeight: Float = 0
}

/// What the scorers know of one English sentence.
struct EnglishFeatures {
  /// Content-word stem ids known to the lexicon; -1 for stems it does not know.
  var stems: [Int32] = []
  var stemSet: Set<Int32> = []
  var numbers: [String] = []
  /// All lowercase words, for Latin tokens found in Chinese text.
  var words: Set<String> = []
  /// Capitalized words (FNV-1a hashes of the lowercase word), for pinyin names.
  var names: [UInt64] = []
  /// Letters and digits.
  var length: Double = 0
}

/// Extracts features: longest-match segmentation of Chinese against the lexicon (with a
/// Traditional → Simplified fold for lookup only), English stems, numbers, Latin tokens
/// and pinyin keys from ICU's `Han-Latin` transform.
final class FeatureExtractor {
  let lexicon: Lexicon
  private let fold = try? ICUTransliterator("Hant-Hans")
  private let pinyin = try? ICUTransliterator("Han-Latin; Latin-ASCII")
  private var pinyinCache: [Unicode.Scalar: String] = [:]
  /// Per character: whether the Traditional → Simplified fold changes it.
  private var foldCache: [Unicode.Scalar: Bool] = [:]

  /// Chinese function words that carry no lexical evidence.
  static let chineseStopwords: Set<String> = [
    "的", "了", "是", "在", "和", "与", "與", "也", "而", "就", "都", "及", "其", "之", "这", "這",
    "那", "有", "以", "为", "為", "对", "對", "将", "將", "被", "把", "从", "從", "中", "上", "下",
    "个", "個", "等", "并", "並", "或", "但", "又", "所", "于", "於", "让", "讓", "使", "着", "著",
    "得", "地", "我", "他", "她", "它", "们", "們", "你", "该", "該", "此", "要", "会", "會", "能",
    "可", "来", "來", "去", "到", "给", "給", "向", "由", "则", "則", "即", "如", "已", "更",
  ]

  init(lexicon: Lexicon) {
    self.lexicon = lexicon
  }

  func chinese(_ text: String) -> ChineseFeatures {
    var features = ChineseFeatures()
    let scalars = Array(text.unicodeScalars)
    features.numbers = CharacterClass.numbers(in: scalars)
    features.latin = EnglishTokenizer.words(text).filter { $0.count >= 2 }
    var hanRun: [Unicode.Scalar] = []
    var latinLetters = 0
    var syllables: [String] = []
    func flushRun() {
      if !hanRun.isEmpty { segment(hanRun, into: &features) }
      hanRun.removeAll()
    }
    for scalar in scalars {
      if CharacterClass.isHan(scalar) {
        hanRun.append(scalar)
        features.length += 1
        syllables.append(syllable(scalar))
      } else {
        flushRun()
        if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) { latinLetters += 1 }
        if !syllables.isEmpty { addPinyinKeys(syllables, into: &features) }
        syllables.removeAll()
      }
    }
    flushRun()
    if !syllables.isEmpty { addPinyinKeys(syllables, into: &features) }
    features.length += Double(latinLetters) / 3
    features.totalWeight = features.words.reduce(0) { $0 + $1.weight }
    return features
  }

  func english(_ text: String) -> EnglishFeatures {
    var features = EnglishFeatures()
    let scalars = Array(text.unicodeScalars)
    features.numbers = CharacterClass.numbers(in: scalars)
    let words = EnglishTokenizer.words(text)
    features.words = Set(words)
    for word in words where word.count > 1 && !EnglishStemmer.stopwords.contains(word) {
      features.stems.append(lexicon.stemID(EnglishStemmer.stem(word)) ?? -1)
    }
    features.stemSet = Set(features.stems.filter { $0 >= 0 })
    // Capitalized words, for names.
    var current = ""
    var capitalized = false
    for scalar in scalars {
      if scalar.isASCII && scalar.properties.isAlphabetic {
        if current.isEmpty { capitalized = scalar.properties.isUppercase }
        current.unicodeScalars.append(scalar)
      } else {
        if capitalized && current.count >= 4 { features.names.append(fnv(current.lowercased())) }
        current = ""
      }
    }
    if capitalized && current.count >= 4 { features.names.append(fnv(current.lowercased())) }
    features.length = Double(
      scalars.count { $0.properties.isAlphabetic || ("0"..."9").contains($0) })
    return features
  }

  /// Forward longest match against the lexicon; unknown characters are skipped.
  private func segment(_ run: [Unicode.Scalar], into features: inout ChineseFeatures) {
    // Fold only runs that hold a Traditional-only character (Simplified text never needs it).
    let needsFold = run.contains { scalar in
      if let known = foldCache[scalar] { return known }
      let changes = fold.map { $0(String(scalar)) != String(scalar) } ?? false
      foldCache[scalar] = changes
      return changes
    }
    let folded: [Unicode.Scalar]? =
      needsFold ? fold.map { Array($0(String(String.UnicodeScalarView(run))).unicodeScalars) } : nil
    let alternate = folded?.count == run.count ? folded : nil
    var i = 0
    let maxLength = max(1, min(lexicon.maxWordLength, 8))
    while i < run.count {
      var matched = 0
      var translations: [Int32] = []
      var word = ""
      let longest = min(
        maxLength, run.count - i,
        max(
          lexicon.longestWord(startingWith: run[i]),
          alternate.map { lexicon.longestWord(startingWith: $0[i]) } ?? 0))
      for length in stride(from: longest, through: 1, by: -1) {
        let candidate = String(String.UnicodeScalarView(run[i..<(i + length)]))
        if let found = lexicon.translations(of: candidate) {
          matched = length
          translations = found
          word = candidate
          break
        }
        if let alternate {
          let folded = String(String.UnicodeScalarView(alternate[i..<(i + length)]))
          if folded != candidate, let found = lexicon.translations(of: folded) {
            matched = length
            translations = found
            word = folded
            break
          }
        }
      }
      if matched == 0 {
        i += 1
        continue
      }
      i += matched
      if matched == 1 && Self.chineseStopwords.contains(word) { continue }
      // Words with very many glosses (就, 打, 当) weigh less; longer words weigh more.
      let weight = Float(matched == 1 ? 0.7 : 1.0) / (1 + log2(1 + Float(translations.count) / 6))
      features.words.append((translations, weight))
      features.translationSet.formUnion(translations)
    }
  }

  private func syllable(_ scalar: Unicode.Scalar) -> String {
    if let cached = pinyinCache[scalar] { return cached }
    let value = pinyin?(String(scalar)).lowercased().filter { $0.isLetter } ?? ""
    pinyinCache[scalar] = value
    return value
  }

  private func addPinyinKeys(_ syllables: [String], into features: inout ChineseFeatures) {
    for i in syllables.indices {
      if i + 1 < syllables.count {
        let two = fnv(syllables[i + 1], seed: fnv(syllables[i]))
        features.pinyinKeys.insert(two)
        if i + 2 < syllables.count { features.pinyinKeys.insert(fnv(syllables[i + 2], seed: two)) }
      }
    }
  }

}

/// FNV-1a over UTF-8; `seed` chains pieces, so fnv(b, seed: fnv(a)) == fnv(a + b).
func fnv(_ text: String, seed: UInt64 = 0xcbf2_9ce4_8422_2325) -> UInt64 {
  var hash = seed
  for byte in text.utf8 {
    hash ^= UInt64(byte)
    hash = hash &* 0x100_0000_01b3
  }
  return hash
}

#if canImport(Glibc)
  import Glibc
#endif
