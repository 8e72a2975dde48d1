/// Evidence that needs no dictionary: numbers and years, citation markers, Latin tokens
/// inside Chinese text (G7, BRICS) and names through pinyin (杨洁勉 ↔ Yang Jiemian).
///
/// Matches are counted per sentence pair (``pair(_:_:)``) and summed over a bead, capped
/// by what each side holds.
struct AnchorScorer: Scorer {
  let zh: [ChineseFeatures]
  let en: [EnglishFeatures]

  /// Anchor matches of one sentence pair.
  struct PairAnchors {
    /// Numbers found on both sides (as a multiset).
    var numbers: UInt8 = 0
    /// Latin tokens of the Chinese sentence found in the English one.
    var latin: UInt8 = 0
    /// English capitalized words found among the Chinese sentence's pinyin.
    var names: UInt8 = 0
  }

  func pair(_ i: Int, _ j: Int) -> PairAnchors {
    var result = PairAnchors()
    let zhNumbers = zh[i].numbers
    let enNumbers = en[j].numbers
    if !zhNumbers.isEmpty && !enNumbers.isEmpty {
      var used = 0  // bit set over English numbers (at most 64 considered)
      for number in zhNumbers {
        for (k, candidate) in enNumbers.prefix(64).enumerated()
        where used & (1 << k) == 0 && candidate == number {
          used |= 1 << k
          result.numbers &+= 1
          break
        }
      }
    }
    for token in zh[i].latin where en[j].words.contains(token) { result.latin &+= 1 }
    if !zh[i].pinyinKeys.isEmpty {
      for name in en[j].names where zh[i].pinyinKeys.contains(name) { result.names &+= 1 }
    }
    return result
  }

  func evidence(zh zhRange: Range<Int>, en enRange: Range<Int>) -> Evidence {
    evidence(zh: zhRange, en: enRange) { pair($0, $1) }
  }

  /// Bead evidence from pair matches supplied by `anchors` (cached or not).
  func evidence(
    zh zhRange: Range<Int>, en enRange: Range<Int>, anchors: (Int, Int) -> PairAnchors
  ) -> Evidence {
    var zhNumbers = 0
    var zhLatin = 0
    var enNumbers = 0
    var enNames = 0
    for i in zhRange {
      zhNumbers += zh[i].numbers.count
      zhLatin += zh[i].latin.count
    }
    for j in enRange {
      enNumbers += en[j].numbers.count
      enNames += en[j].names.count
    }
    var numbers = 0
    var latin = 0
    var names = 0
    if zhNumbers + enNumbers + zhLatin + enNames > 0 {
      for i in zhRange {
        for j in enRange {
          let p = anchors(i, j)
          numbers += Int(p.numbers)
          latin += Int(p.latin)
          names += Int(p.names)
        }
      }
    }
    numbers = min(numbers, zhNumbers, enNumbers)
    latin = min(latin, zhLatin)
    names = min(names, enNames)
    // A name is a stem the lexicon may not know: it counts as matched on both sides.
    return Evidence(
      zhMatched: Float(numbers + latin + names), zhTotal: Float(zhNumbers + zhLatin + names),
      enMatched: Float(numbers + names), enTotal: Float(enNumbers))
  }
}
