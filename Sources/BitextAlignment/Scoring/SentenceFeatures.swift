import BitextCore
import BitextLexicon
import BitextSegmentation

/// What the scorers know of one Chinese sentence.
struct ChineseFeatures {
  /// Dictionary words: their gloss stem ids and a weight (lower for words with many glosses).
  var words: [(translations: ArraySlice<Int32>, weight: Float)] = []
  /// Every gloss stem of every word, for the English side's coverage.
  var translationSet: Set<Int32> = []
  /// A Bloom filter of `translationSet`: most stems are ruled out without hashing.
  var translationBits = Mask256()
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
  /// A Bloom filter of `stemSet`.
  var stemBits: UInt64 = 0
  var numbers: [String] = []
  /// All lowercase words, for Latin tokens found in Chinese text.
  var words: Set<String> = []
  /// Capitalized words (FNV-1a hashes of the lowercase word), for pinyin names.
  var names: [UInt64] = []
  /// Letters and digits.
  var length: Double = 0
}

/// One-hash Bloom filters over stem ids, for a quick "certainly not in the set".
enum StemBits {
  @inline(__always)
  static func hash(_ stem: Int32) -> UInt64 { UInt64(UInt32(bitPattern: stem)) &* 0x9E37_79B9_7F4A_7C15 }

  /// The bit of `stem` in a 64-bit filter.
  @inline(__always)
  static func bit(_ stem: Int32) -> UInt64 { 1 << (hash(stem) >> 58) }

  /// The bit of `stem` in a 256-bit filter.
  @inline(__always)
  static func index(_ stem: Int32) -> Int { Int(hash(stem) >> 56) }

  static func word(_ stems: Set<Int32>) -> UInt64 { stems.reduce(0) { $0 | bit($1) } }

  static func mask(_ stems: Set<Int32>) -> Mask256 {
    var mask = Mask256()
    for stem in stems { mask.insert(index(stem)) }
    return mask
  }
}

/// Extracts features: longest-match segmentation of Chinese against the lexicon (with a
/// Traditional → Simplified fold for lookup only), English stems, numbers, Latin tokens
/// and pinyin keys from ICU's `Han-Latin` transform (through ``HanCharacters``).
///
/// Not `Sendable` (it caches per character); one per task.
final class FeatureExtractor {
  let lexicon: Lexicon
  /// Local copies of the shared ``HanCharacters`` facts, read without its lock.
  private var scripts: [Unicode.Scalar: HanCharacters.Script] = [:]
  private var syllables: [Unicode.Scalar: String] = [:]

  /// Chinese function words that carry no lexical evidence.
  static let chineseStopwords: Set<Unicode.Scalar> = [
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
        if CharacterClass.isLetterOrDigit(scalar) { latinLetters += 1 }
        if !syllables.isEmpty { addPinyinKeys(syllables, into: &features) }
        syllables.removeAll()
      }
    }
    flushRun()
    if !syllables.isEmpty { addPinyinKeys(syllables, into: &features) }
    features.length += Double(latinLetters) / 3
    features.totalWeight = features.words.reduce(0) { $0 + $1.weight }
    features.translationBits = StemBits.mask(features.translationSet)
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
    features.stemBits = StemBits.word(features.stemSet)
    // Capitalized words, for names.
    var current = ""
    var capitalized = false
    for scalar in scalars {
      if CharacterClass.isASCIILetter(scalar) {
        if current.isEmpty { capitalized = (0x41...0x5A).contains(scalar.value) }
        current.unicodeScalars.append(scalar)
      } else {
        if capitalized && current.count >= 4 { features.names.append(fnv(current.lowercased())) }
        current = ""
      }
    }
    if capitalized && current.count >= 4 { features.names.append(fnv(current.lowercased())) }
    features.length = Double(
      scalars.count(where: CharacterClass.isLetterOrDigit))
    return features
  }

  private func script(_ scalar: Unicode.Scalar) -> HanCharacters.Script {
    if let known = scripts[scalar] { return known }
    let facts = HanCharacters.shared.script(scalar)
    scripts[scalar] = facts
    return facts
  }

  /// Forward longest match against the lexicon; unknown characters are skipped. A run
  /// with Traditional characters is also looked up in its Simplified form, and the longer
  /// match wins (the run as written on a tie).
  private func segment(_ run: [Unicode.Scalar], into features: inout ChineseFeatures) {
    var folded = run
    var needsFold = false
    for (k, scalar) in run.enumerated() {
      if let simplified = script(scalar).simplified {
        folded[k] = simplified
        needsFold = true
      }
    }
    let maxLength = max(1, min(lexicon.maxWordLength, 8))
    var i = 0
    while i < run.count {
      var match = lexicon.longestMatch(in: run, from: i, limit: maxLength)
      if needsFold, let other = lexicon.longestMatch(in: folded, from: i, limit: maxLength),
        other.length > match?.length ?? 0
      {
        match = other
      }
      guard let (matched, translations) = match else {
        i += 1
        continue
      }
      let isStopword =
        matched == 1
        && (Self.chineseStopwords.contains(run[i]) || Self.chineseStopwords.contains(folded[i]))
      i += matched
      if isStopword { continue }
      // Words with very many glosses (就, 打, 当) weigh less; longer words weigh more.
      let weight = Float(matched == 1 ? 0.7 : 1.0) / (1 + log2(1 + Float(translations.count) / 6))
      features.words.append((translations, weight))
      features.translationSet.formUnion(translations)
    }
  }

  private func syllable(_ scalar: Unicode.Scalar) -> String {
    if let known = syllables[scalar] { return known }
    let syllable = HanCharacters.shared.pinyin(scalar)
    syllables[scalar] = syllable
    return syllable
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
