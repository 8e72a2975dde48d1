/// Dictionary evidence: Chinese words whose glosses occur among the English stems, and
/// English stems that some Chinese word translates.
///
/// Each sentence pair is compared once (``pair(_:_:)``): which words of the Chinese
/// sentence the English one translates, and which stems of the English sentence the
/// Chinese one covers, kept as bit masks. A multi-sentence bead ORs the masks of its
/// pairs, so its evidence is exact without comparing the sentences again.
struct LexicalScorer: Scorer {
  let zh: [ChineseFeatures]
  let en: [EnglishFeatures]
  /// A Chinese sentence with at least this much word weight (about four content words)
  /// counts as substantial; shorter ones are fragments that ride along in a bead.
  static let substantialWeight: Float = 3
  /// An English sentence with at least this many content stems counts as substantial.
  static let substantialStems: Float = 5

  /// The masks of one sentence pair.
  func pair(_ i: Int, _ j: Int) -> PairMasks {
    var masks = PairMasks()
    // Bloom filters rule out most stems before a set is hashed.
    let stemSet = en[j].stemSet
    let stemBits = en[j].stemBits
    for (w, word) in zh[i].words.prefix(256).enumerated() {
      if word.translations.contains(where: {
        stemBits & StemBits.bit($0) != 0 && stemSet.contains($0)
      }) {
        masks.zh.insert(w)
      }
    }
    let translations = zh[i].translationSet
    let translationBits = zh[i].translationBits
    for (s, stem) in en[j].stems.prefix(256).enumerated() where stem >= 0 {
      if translationBits.contains(StemBits.index(stem)) && translations.contains(stem) {
        masks.en.insert(s)
      }
    }
    return masks
  }

  func evidence(zh zhRange: Range<Int>, en enRange: Range<Int>) -> Evidence {
    evidence(zh: zhRange, en: enRange) { pair($0, $1) }
  }

  /// Bead evidence from pair masks supplied by `masks` (cached or not).
  func evidence(zh zhRange: Range<Int>, en enRange: Range<Int>, masks: (Int, Int) -> PairMasks)
    -> Evidence
  {
    var result = Evidence()
    let multiple = zhRange.count + enRange.count > 2
    for i in zhRange {
      var zhMask = Mask256()
      for j in enRange { zhMask.formUnion(masks(i, j).zh) }
      let words = zh[i].words
      result.zhTotal += zh[i].totalWeight
      var matched: Float = 0
      if !zhMask.isEmpty {
        for w in 0..<min(words.count, 256) where zhMask.contains(w) { matched += words[w].weight }
      }
      result.zhMatched += matched
      result.sentenceMatched += matched / (zh[i].totalWeight + 1)
      result.sentenceWeight += zh[i].totalWeight / (zh[i].totalWeight + 1)
      if multiple, matched == 0, zh[i].words.count >= 2 { result.unexplainedSentences += 1 }
      if multiple, zh[i].totalWeight >= Self.substantialWeight {
        result.weakestSentence = min(result.weakestSentence, matched / zh[i].totalWeight)
      }
    }
    for j in enRange {
      var enMask = Mask256()
      for i in zhRange { enMask.formUnion(masks(i, j).en) }
      let total = Float(en[j].stems.count)
      result.enTotal += total
      result.enMatched += Float(enMask.count)
      result.sentenceMatched += Float(enMask.count) / (total + 1)
      result.sentenceWeight += total / (total + 1)
      if multiple, enMask.isEmpty, en[j].stemSet.count >= 2 { result.unexplainedSentences += 1 }
      if multiple, total >= Self.substantialStems {
        result.weakestSentence = min(result.weakestSentence, Float(enMask.count) / total)
      }
    }
    return result
  }
}

/// Which words of a pair's sentences found a translation on the other side.
struct PairMasks {
  var zh = Mask256()
  var en = Mask256()
}

/// A fixed 256-bit set.
struct Mask256 {
  var a: UInt64 = 0, b: UInt64 = 0, c: UInt64 = 0, d: UInt64 = 0

  mutating func insert(_ bit: Int) {
    let m = UInt64(1) << UInt64(bit & 63)
    switch bit >> 6 {
    case 0: a |= m
    case 1: b |= m
    case 2: c |= m
    default: d |= m
    }
  }

  func contains(_ bit: Int) -> Bool {
    let m = UInt64(1) << UInt64(bit & 63)
    switch bit >> 6 {
    case 0: return a & m != 0
    case 1: return b & m != 0
    case 2: return c & m != 0
    default: return d & m != 0
    }
  }

  mutating func formUnion(_ other: Mask256) {
    a |= other.a
    b |= other.b
    c |= other.c
    d |= other.d
  }

  var isEmpty: Bool { a | b | c | d == 0 }

  var count: Int { a.nonzeroBitCount + b.nonzeroBitCount + c.nonzeroBitCount + d.nonzeroBitCount }
}
