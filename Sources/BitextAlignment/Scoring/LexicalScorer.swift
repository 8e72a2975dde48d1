/// Dictionary evidence: Chinese words whose glosses occur among the English stems, and
/// English stems that some Chinese word translates.
struct LexicalScorer: Scorer {
  let zh: [ChineseFeatures]
  let en: [EnglishFeatures]

  func evidence(zh zhRange: Range<Int>, en enRange: Range<Int>) -> Evidence {
    var result = Evidence()
    for i in zhRange {
      let features = zh[i]
      result.zhTotal += features.totalWeight
      for word in features.words {
        if word.translations.contains(where: { stem in enRange.contains { en[$0].stemSet.contains(stem) } }) {
          result.zhMatched += word.weight
        }
      }
    }
    for j in enRange {
      result.enTotal += Float(en[j].stems.count)
      for stem in en[j].stems where stem >= 0 {
        if zhRange.contains(where: { zh[$0].translationSet.contains(stem) }) {
          result.enMatched += 1
        }
      }
    }
    return result
  }
}
