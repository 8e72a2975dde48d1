import Bitext
import Foundation
import Testing
import _BitextTestSupport

@testable import BitextAlignment

/// A tiny lexicon written for these tests.
let testLexicon = LexiconLoader.parse(
  """
  # zh<TAB>en list
  茶\ttea
  历史\thistory
  中国\tChina
  起源\torigin/to originate
  荷兰\tHolland/Dutch/Netherlands
  商人\tmerchant/trader
  运\tto ship/to transport
  欧洲\tEurope
  猫\tcat
  睡觉\tto sleep
  河流\triver
  城市\tcity
  建\tto build
  水\twater
  道路\troad
  货物\tgoods
  提供\tto supply/to provide
  灌溉\tto irrigate
  农田\tfield/farmland
  运输\tto transport/to carry
  """)

private func features(_ zh: [String], _ en: [String], lexicon: Lexicon = testLexicon)
  -> ([ChineseFeatures], [EnglishFeatures])
{
  let extractor = FeatureExtractor(lexicon: lexicon)
  return (zh.map(extractor.chinese), en.map(extractor.english))
}

@Suite("Scoring")
struct ScoringTests {
  @Test("Length: agreement with the character ratio scores high, a mismatch low")
  func length() {
    let (zh, en) = features(
      ["茶起源于中国西南地区。"],
      ["Tea came from China.", String(repeating: "Very long sentence indeed. ", count: 8)])
    let scorer = LengthScorer(zh: zh, en: en, ratio: 1.8)
    #expect(scorer.score(zh: 0..<1, en: 0..<1) > 0.8)
    #expect(scorer.score(zh: 0..<1, en: 1..<2) < 0.1)
  }

  @Test("Dictionary: translated words cover both sides, unrelated sentences score zero")
  func lexical() {
    let (zh, en) = features(
      ["茶的历史起源于中国。"], ["The history of tea originated in China.", "Cats sleep all day."])
    let scorer = LexicalScorer(zh: zh, en: en)
    let good = scorer.evidence(zh: 0..<1, en: 0..<1)
    let bad = scorer.evidence(zh: 0..<1, en: 1..<2)
    #expect(good.coverage > 0.9)
    #expect(bad.coverage == 0)
  }

  @Test("Lexicon: CC-CEDICT lines index both scripts; surname and classifier senses are dropped")
  func lexiconParsing() {
    let lexicon = LexiconLoader.parse(
      "歷史 历史 [li4 shi3] /history/CL:門|门[men2]/\n楊 杨 [Yang2] /surname Yang/poplar/\n")
    #expect(lexicon.translations(of: "歷史") == lexicon.translations(of: "历史"))
    #expect(lexicon.translations(of: "历史")?.count == 1)
    let poplar = lexicon.translations(of: "杨") ?? []
    #expect(poplar.map { lexicon.stems[Int($0)] } == [EnglishStemmer.stem("poplar")])
  }

  @Test("Lexicon cache: what is read back finds the same words, and takes additions")
  func lexiconCache() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let path = try folder.write(
      "mini.u8",
      "歷史 历史 [li4 shi3] /history/\n中國 中国 [Zhong1 guo2] /China/\n中國人 中国人 [Zhong1 guo2 ren2] /Chinese person/\n茶 茶 [cha2] /tea/\n")
    let parsed = try LexiconCache.load(path: path)  // parses and writes the cache
    #expect(FileManager.default.fileExists(atPath: path + ".bitext-cache"))
    var cached = try LexiconCache.load(path: path)  // reads it
    #expect(cached.count == parsed.count && cached.stems == parsed.stems)
    for word in ["歷史", "历史", "中国", "中國人", "茶"] {
      #expect(cached.translations(of: word) == parsed.translations(of: word), "\(word)")
      #expect(cached.translations(of: word) != nil, "\(word)")
    }
    let text = Array("我是中国人".unicodeScalars)
    #expect(cached.longestMatch(in: text, from: 2, limit: 8)?.length == 3)
    #expect(cached.longestMatch(in: text, from: 0, limit: 8) == nil)
    cached.add(headword: "中国", stems: ["zhongguo"])
    cached.add(headword: "乌龙", stems: ["oolong"])
    #expect(cached.translations(of: "中国")?.count == 2)
    #expect(cached.translations(of: "乌龙").map { $0.map { cached.stems[Int($0)] } } == ["oolong"])
    #expect(cached.translations(of: "中國") == parsed.translations(of: "中國"))
  }

  @Test("Pinyin: Chinese names meet their romanisation, in both scripts, without a dictionary")
  func pinyinNames() {
    let (zh, en) = features(
      ["杨洁勉认为合作很重要。", "習近平發表講話。"],
      ["Yang Jiemian argued that cooperation matters.", "Xi Jinping gave a speech."],
      lexicon: Lexicon())
    let scorer = AnchorScorer(zh: zh, en: en)
    #expect(scorer.evidence(zh: 0..<1, en: 0..<1).enMatched >= 1)
    #expect(scorer.evidence(zh: 1..<2, en: 1..<2).enMatched >= 1)
    #expect(scorer.evidence(zh: 0..<1, en: 1..<2).enMatched == 0)
  }

  @Test("Anchors: numbers, years and Latin tokens inside Chinese text")
  func anchors() {
    let (zh, en) = features(
      ["2024年七国集团(G7)峰会有1,500人参加。"],
      ["In 2024 the G7 summit drew 1500 people.", "Nothing in common here."],
      lexicon: Lexicon())
    let scorer = AnchorScorer(zh: zh, en: en)
    let good = scorer.evidence(zh: 0..<1, en: 0..<1)
    #expect(good.zhMatched == 3)  // 2024, 1500, g7
    #expect(scorer.evidence(zh: 0..<1, en: 1..<2).zhMatched == 0)
  }

  @Test("Bead shapes: generated up to the size limits")
  func shapes() {
    let shapes = BeadShape.all(maxSide: 5, maxTotal: 6)
    #expect(shapes.count == 15)
    #expect(shapes.first == BeadShape(zh: 1, en: 1))
    #expect(shapes.contains(BeadShape(zh: 1, en: 5)) && shapes.contains(BeadShape(zh: 5, en: 1)))
    #expect(!shapes.contains(BeadShape(zh: 3, en: 4)))
    #expect(BeadShape(zh: 1, en: 2).description == "1-2")
  }

  @Test("Confidence is monotone in similarity and spans (0, 1)")
  func confidence() {
    let values = stride(from: 0.0, through: 1.0, by: 0.1).map { Confidence.calibrated($0) }
    #expect(zip(values, values.dropFirst()).allSatisfy { $0 < $1 })
    #expect(values.first! < 0.05 && values.last! > 0.95)
  }

  @Test("An equally good nearby rival lowers confidence; a weak one does not")
  func rivals() {
    #expect(Confidence.calibrated(0.8, rival: 0.3) == Confidence.calibrated(0.8))
    #expect(Confidence.calibrated(0.8, rival: 0.8) < 0.5)
    #expect(Confidence.calibrated(0.8, rival: 0.6) < Confidence.calibrated(0.8, rival: 0.5))
  }
}

@Suite("Lexicon learning")
struct LexiconLearningTests {
  @Test("Associations are learned from pairs by their Dice coefficient")
  func learns() {
    let pairs: [(zh: String, en: String)] = [
      ("我喜欢茶。", "I like tea."), ("茶很好。", "Tea is good."), ("他买茶叶。", "He buys tea leaves."),
      ("河流很长。", "The river is long."), ("我喜欢河流。", "I like rivers."),
    ]
    let lexicon = LexiconLearner.learn(pairs: pairs)
    let tea = lexicon.translations(of: "茶")?.map { lexicon.stems[Int($0)] } ?? []
    #expect(tea.first == EnglishStemmer.stem("tea"))
    let river = lexicon.translations(of: "河流")?.map { lexicon.stems[Int($0)] } ?? []
    #expect(river.contains(EnglishStemmer.stem("river")))
    #expect(
      lexicon.translations(of: "很") == nil
        || !(lexicon.translations(of: "很")!.map { lexicon.stems[Int($0)] }.contains("tea")))
  }
}

@Suite("English stemming")
struct StemmerTests {
  @Test(
    "Inflected and derived forms meet their gloss form",
    arguments: [
      ("remove", "removed"), ("stop", "stopped"), ("leave", "leaves"), ("economy", "economies"),
      ("economy", "economic"), ("history", "histories"), ("careful", "carefully"),
      ("negotiate", "negotiating"),
    ])
  func meets(a: String, b: String) {
    #expect(EnglishStemmer.stem(a) == EnglishStemmer.stem(b))
  }

  @Test("Different words stay apart")
  func apart() {
    #expect(EnglishStemmer.stem("tea") != EnglishStemmer.stem("team"))
    #expect(EnglishStemmer.stem("war") != EnglishStemmer.stem("water"))
  }
}

@Suite("Irregular English forms")
struct IrregularFormTests {
  @Test(
    "Past tenses and irregular plurals meet their base form",
    arguments: [
      ("took", "take"), ("said", "say"), ("women", "woman"), ("thought", "think"), ("went", "go"),
    ])
  func irregular(form: String, base: String) {
    #expect(EnglishStemmer.stem(form) == EnglishStemmer.stem(base))
  }
}

@Suite("Structural support")
struct StructuralSupportTests {
  private func beads(weakAt index: Int, count: Int) -> [Bead] {
    (0..<count).map { k in
      Bead(
        zh: k..<(k + 1), en: k..<(k + 1), confidence: k == index ? 0.3 : 0.95,
        score: k == index ? 0.2 : 0.8)
    }
  }

  @Test("A weak pair inside a long gapless run of sure pairs is raised; near a run's end it is not")
  func raised() {
    var inside = beads(weakAt: 3, count: 7)
    Confidence.supportByNeighbours(&inside) { _, _ in 1 }
    #expect(inside[3].confidence == 0.75)
    var nearEnd = beads(weakAt: 2, count: 7)
    Confidence.supportByNeighbours(&nearEnd) { _, _ in 1 }
    #expect(nearEnd[2].confidence == 0.3)
    var badLength = beads(weakAt: 3, count: 7)
    Confidence.supportByNeighbours(&badLength) { _, _ in 0.2 }
    #expect(badLength[3].confidence == 0.3)
  }
}

@Suite("Isolated pairs")
struct IsolatedPairTests {
  @Test("A lone pair far from any other is discounted; one inside a run is not")
  func isolated() {
    let run = (0..<4).map { k in
      Bead(zh: k..<(k + 1), en: k..<(k + 1), confidence: 0.95, score: 0.5)
    }
    let lone = Bead(zh: 40..<41, en: 90..<91, confidence: 0.95, score: 0.5)
    var beads = run + [lone]
    Confidence.discountIsolated(&beads, zhCount: 100, enCount: 100) { _ in false }
    #expect(beads[1].confidence == 0.95)
    #expect(beads[4].confidence < 0.6)
    var strong = [Bead(zh: 0..<1, en: 0..<1, confidence: 0.99, score: 0.9)]
    Confidence.discountIsolated(&strong, zhCount: 20, enCount: 20) { _ in false }
    #expect(strong[0].confidence == 0.99)
    var short = [Bead(zh: 0..<1, en: 0..<1, confidence: 0.99, score: 0.9)]
    Confidence.discountIsolated(&short, zhCount: 20, enCount: 20) { _ in true }
    #expect(short[0].confidence < 0.99)
    var alone = [Bead(zh: 0..<1, en: 0..<1, confidence: 0.95, score: 0.5)]
    Confidence.discountIsolated(&alone, zhCount: 1, enCount: 1) { _ in true }
    #expect(alone[0].confidence == 0.95)  // a one-sentence document: nothing around it
  }
}
