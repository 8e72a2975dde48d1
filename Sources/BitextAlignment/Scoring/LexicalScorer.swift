/// Dictionary evidence: Chinese words whose glosses occur among the English stems, and
/// English stems that some Chinese word translates.
///
/// Each sentence pair is compared once: which words of the Chinese sentence the English
/// one translates, and which stems of the English sentence the Chinese one covers, are
/// kept as bit masks, and a multi-sentence bead ORs the masks of its pairs. Rows of the
/// cache behind the dynamic program's frontier are dropped, so memory stays linear.
final class LexicalScorer: Scorer {
  let zh: [ChineseFeatures]
  let en: [EnglishFeatures]
  private var cache: [Int: [Int: PairMasks]] = [:]
  private var lowestRow = 0
  /// Rows kept behind the highest row asked for.
  let window: Int

  init(zh: [ChineseFeatures], en: [EnglishFeatures], window: Int = 8) {
    self.zh = zh
    self.en = en
    self.window = window
  }

  func evidence(zh zhRange: Range<Int>, en enRange: Range<Int>) -> Evidence {
    evict(below: zhRange.upperBound - window)
    var result = Evidence()
    var enMasks = [Mask256](repeating: Mask256(), count: enRange.count)
    for i in zhRange {
      var zhMask = Mask256()
      for (k, j) in enRange.enumerated() {
        let masks = pair(i, j)
        zhMask.formUnion(masks.zh)
        enMasks[k].formUnion(masks.en)
      }
      let words = zh[i].words
      result.zhTotal += zh[i].totalWeight
      for w in 0..<min(words.count, 256) where zhMask.contains(w) {
        result.zhMatched += words[w].weight
      }
    }
    for (k, j) in enRange.enumerated() {
      result.enTotal += Float(en[j].stems.count)
      result.enMatched += Float(enMasks[k].count)
    }
    return result
  }

  private func evict(below row: Int) {
    if row < lowestRow - window {  // a new pass from the start
      cache.removeAll()
      lowestRow = max(0, row)
      return
    }
    guard row > lowestRow + window else { return }
    for r in lowestRow..<row { cache[r] = nil }
    lowestRow = row
  }

  private func pair(_ i: Int, _ j: Int) -> PairMasks {
    if let cached = cache[i]?[j] { return cached }
    var masks = PairMasks()
    let stemSet = en[j].stemSet
    for (w, word) in zh[i].words.prefix(256).enumerated() {
      if word.translations.contains(where: { stemSet.contains($0) }) { masks.zh.insert(w) }
    }
    let translations = zh[i].translationSet
    for (s, stem) in en[j].stems.prefix(256).enumerated() where stem >= 0 {
      if translations.contains(stem) { masks.en.insert(s) }
    }
    cache[i, default: [:]][j] = masks
    return masks
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

  var count: Int { a.nonzeroBitCount + b.nonzeroBitCount + c.nonzeroBitCount + d.nonzeroBitCount }
}
