/// Evidence that needs no dictionary: numbers and years, citation markers, Latin tokens
/// inside Chinese text (G7, BRICS) and names through pinyin (杨洁勉 ↔ Yang Jiemian).
struct AnchorScorer: Scorer {
  let zh: [ChineseFeatures]
  let en: [EnglishFeatures]

  func evidence(zh zhRange: Range<Int>, en enRange: Range<Int>) -> Evidence {
    var result = Evidence()
    var enNumbers: [String: Int] = [:]
    for j in enRange { for n in en[j].numbers { enNumbers[n, default: 0] += 1 } }
    var zhNumbers: [String: Int] = [:]
    for i in zhRange { for n in zh[i].numbers { zhNumbers[n, default: 0] += 1 } }
    for (number, count) in zhNumbers {
      result.zhTotal += Float(count)
      result.zhMatched += Float(min(count, enNumbers[number] ?? 0))
    }
    for (number, count) in enNumbers {
      result.enTotal += Float(count)
      result.enMatched += Float(min(count, zhNumbers[number] ?? 0))
    }
    for i in zhRange {
      for token in zh[i].latin {
        result.zhTotal += 1
        if enRange.contains(where: { en[$0].words.contains(token) }) { result.zhMatched += 1 }
      }
    }
    for j in enRange {
      for name in en[j].names {
        if zhRange.contains(where: { zh[$0].pinyinKeys.contains(name) }) {
          // The name is a stem the lexicon may not know: count it matched on both sides.
          result.enMatched += 1
          result.zhMatched += 1
          result.zhTotal += 1
        }
      }
    }
    return result
  }
}
