/// Evidence that needs no dictionary: numbers and years, citation markers, Latin tokens
/// inside Chinese text (G7, BRICS) and names through pinyin (杨洁勉 ↔ Yang Jiemian).
struct AnchorScorer: Scorer {
  let zh: [ChineseFeatures]
  let en: [EnglishFeatures]

  func evidence(zh zhRange: Range<Int>, en enRange: Range<Int>) -> Evidence {
    var result = Evidence()
    // Numbers: a multiset intersection over the (short) lists of both sides.
    var enNumbers: [String] = []
    for j in enRange { enNumbers += en[j].numbers }
    var zhCount = 0
    var matched = 0
    if !enNumbers.isEmpty {
      var used = [Bool](repeating: false, count: enNumbers.count)
      for i in zhRange {
        for number in zh[i].numbers {
          zhCount += 1
          if let k = enNumbers.indices.first(where: { !used[$0] && enNumbers[$0] == number }) {
            used[k] = true
            matched += 1
          }
        }
      }
    } else {
      for i in zhRange { zhCount += zh[i].numbers.count }
    }
    result.zhTotal += Float(zhCount)
    result.zhMatched += Float(matched)
    result.enTotal += Float(enNumbers.count)
    result.enMatched += Float(matched)
    for i in zhRange {
      for token in zh[i].latin {
        result.zhTotal += 1
        for j in enRange where en[j].words.contains(token) {
          result.zhMatched += 1
          break
        }
      }
    }
    for j in enRange {
      for name in en[j].names {
        for i in zhRange where zh[i].pinyinKeys.contains(name) {
          // The name is a stem the lexicon may not know: count it matched on both sides.
          result.enMatched += 1
          result.zhMatched += 1
          result.zhTotal += 1
          break
        }
      }
    }
    return result
  }
}
