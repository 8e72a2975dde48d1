import Bitext
import Foundation
import Testing
import _BitextTestSupport

@testable import BitextAlignment
@testable import BitextEmbedding
@testable import BitextLexicon

private func scorer(_ zh: [String], _ en: [String], lexicon: Lexicon = testLexicon)
  -> CompositeScorer
{
  let extractor = FeatureExtractor(lexicon: lexicon)
  let z = zh.map(extractor.chinese)
  let e = en.map(extractor.english)
  return CompositeScorer(
    lexical: LexicalScorer(zh: z, en: e), anchors: AnchorScorer(zh: z, en: e),
    length: LengthScorer(zh: z, en: e))
}

private let model: PathModel = {
  let c = Aligner.Configuration()
  return PathModel(
    lexicalWeight: c.lexicalWeight, lexicalThreshold: c.lexicalThreshold,
    lengthWeight: c.lengthWeight, shapePenalty: c.shapePenalty,
    weakSentencePenalty: c.weakSentencePenalty, skipCost: c.minimumSkipCost)
}()

/// Issue 9: the path model (additive evidence, skip costs from the document, learning).
@Suite("Path model")
struct PathModelTests {
  @Test(
    "Length is evidence of its own: no shared word, agreeing lengths gain; clashing lengths lose")
  func lengthEvidence() {
    // No word of these sentences is in the test lexicon.
    let s = scorer(
      ["他慢慢地走回家去了。"],
      [
        "He walked slowly back home.",
        "Then he sat down by the old window and waited for the long night to end.",
      ])
    #expect(s.supportedCoverage(zh: 0..<1, en: 0..<1) == 0)
    let agreeing = model.gain(s, zh: 0..<1, en: 0..<1)
    let clashing = model.gain(s, zh: 0..<1, en: 1..<2)
    #expect(agreeing > 0)
    #expect(clashing < agreeing - 0.1)
    #expect(s.length.logScore(zh: 0..<1, en: 0..<1) > s.length.logScore(zh: 0..<1, en: 1..<2))
  }

  @Test("A sentence with content the other side does not explain costs its bead")
  func unexplainedSentence() {
    let s = scorer(
      ["茶起源于中国。", "猫整天睡觉。"], ["Tea originated in China."])
    let alone = model.gain(s, zh: 0..<1, en: 0..<1)
    let absorbing = model.gain(s, zh: 0..<2, en: 0..<1)
    #expect(s.evidence(zh: 0..<2, en: 0..<1).unexplainedSentences == 1)
    #expect(absorbing < alone - Aligner.Configuration().weakSentencePenalty + 0.01)
  }

  @Test("Skip costs come from the document: a percentile of random pairs, never below the minimum")
  func skipCostFromRandomPairs() {
    var calls = 0
    let cost = PathModel.skipCost(n: 40, m: 40, percentile: 0.8, minimum: 0.05) { i, j in
      calls += 1
      return -Double((i * 7 + j * 3) % 10) / 10  // gains from -0.9 to 0
    }
    #expect(calls >= 20)
    #expect(cost > 0.05 && cost <= 0.45)
    let floor = PathModel.skipCost(n: 40, m: 40, percentile: 0.8, minimum: 0.05) { _, _ in 1 }
    #expect(floor == 0.05)
    #expect(PathModel.skipCost(n: 2, m: 2, percentile: 0.8, minimum: 0.07) { _, _ in -5 } == 0.07)
  }

  @Test("Between anchors, the side with far more sentences pays less to leave them out")
  func regionalSkipCosts() {
    // Anchors (0,0) and (50,2): Chinese 1..<50 faces English 1..<2 (an article and an
    // abstract sentence); then 51..<56 faces 3..<8 (parallel).
    let (zh, en) = PathModel.regionalSkipCosts(
      n: 56, m: 8, anchors: [(0, 0), (50, 2)], cost: 0.2, reward: 0.6)
    #expect(zh[10] < 0)  // leaving out article sentences is rewarded
    #expect(en[1] == 0.2)  // the lone English sentence keeps the full cost
    #expect(zh[53] == 0.2 && en[5] == 0.2)  // parallel stretch: full cost both sides
  }

  @Test("A loose translation's 1-2 and 1-3 stretches are not taken as one-sided (slack)")
  func regionalSlack() {
    // 40 Chinese and 60 English sentences overall; between the anchors (10,15) and
    // (13,22), 2 Chinese sentences face 6 English ones: three times the ratio.
    let anchors = [(10, 15), (13, 22)]
    let strict = PathModel.regionalSkipCosts(
      n: 40, m: 60, anchors: anchors, cost: 0.3, reward: 0.6, slack: 1)
    let loose = PathModel.regionalSkipCosts(
      n: 40, m: 60, anchors: anchors, cost: 0.3, reward: 0.6, slack: 2)
    #expect(strict.en[18] < 0.3)
    #expect(loose.en[18] == 0.3)
    // A one-sided stretch stays one-sided with slack: 30 Chinese against 1 English.
    let abstract = PathModel.regionalSkipCosts(
      n: 40, m: 4, anchors: [(0, 0), (31, 2)], cost: 0.3, reward: 0.6, slack: 2)
    #expect(abstract.zh[15] < 0)
  }

  /// Unit vectors of the encoder's dimension, mixing a few axes.
  private static func vector(_ weights: [Int: Float]) -> [Float] {
    var v = [Float](repeating: 0, count: SentenceEncoder.dimension)
    for (axis, w) in weights { v[axis] = w }
    let norm = v.reduce(0) { $0 + $1 * $1 }.squareRoot()
    return v.map { $0 / norm }
  }

  @Test(
    "The embedding margin: a bead missing a sentence its neighbour holds scores below the whole bead"
  )
  func semanticMargin() {
    // Chinese 0 is translated by English 0 and 1 together; English 2 is unrelated.
    let zh = [Self.vector([0: 1, 1: 1]), Self.vector([5: 1])]
    let en = [Self.vector([0: 1]), Self.vector([1: 1]), Self.vector([5: 1])]
    let semantic = SemanticScorer(zh: zh, en: en)
    let part = semantic.marginCosine(zh: 0..<1, en: 0..<1)
    let whole = semantic.marginCosine(zh: 0..<1, en: 0..<2)
    #expect(semantic.cosine(zh: 0..<1, en: 0..<1) > 0.6)  // the part alone looks good…
    #expect(whole > part + 0.2)  // …but its neighbour explains as much
    #expect(semantic.marginCosine(zh: 1..<2, en: 2..<3) > 0.9)
    #expect(semantic.marginCosine(zh: 1..<2, en: 0..<1) < 0)
  }

  @Test("Mutual nearest neighbours by embedding: each other's best, nothing else")
  func mutualNeighbours() {
    let a = [Self.vector([0: 1]), Self.vector([1: 1]), Self.vector([2: 1, 3: 1])]
    let b = [
      Self.vector([1: 1, 4: 0.2]), Self.vector([0: 1]), Self.vector([2: 1]),
      Self.vector([3: 1, 2: 0.9]),
    ]
    let pairs = MutualNeighbours.pairs(a, b, block: 2)
    #expect(pairs.map { [$0.0, $0.1] } == [[0, 1], [1, 0], [2, 3]])
    #expect(pairs.allSatisfy { $0.2 > 0.6 && $0.2 <= 1.0001 })
    let semantic = SemanticScorer(zh: a, en: b)
    #expect(semantic.mutualNeighbours(minimumCosine: 0.99, maximumCells: 100).count == 2)
    #expect(semantic.mutualNeighbours(minimumCosine: 0.5, maximumCells: 11).isEmpty)
  }

  @Test("Anchor candidates from embeddings join the chain where the dictionary finds none")
  func embeddingAnchors() {
    let extractor = FeatureExtractor(lexicon: Lexicon())
    let zh = ["他慢慢地走回家去了。", "天黑了。", "她笑了。"].map(extractor.chinese)
    let en = ["He walked home.", "She smiled.", "It was dark."].map(extractor.english)
    var finder = AnchorFinder(zh: zh, en: en) { _, _ in 0 }
    #expect(finder.anchors().isEmpty)
    finder.extraPairs = [(0, 0, 0.8), (1, 2, 0.7), (2, 1, 0.9)]
    // (1,2) and (2,1) cross: the heavier increasing chain keeps (0,0) and (2,1).
    #expect(finder.anchors().map { [$0.0, $0.1] } == [[0, 0], [2, 1]])
  }

  @Test("An anchor in line with neither neighbour is dropped; a jump of the whole chain is kept")
  func anchorOutliers() {
    let chain = [(0, 0), (10, 12), (20, 24), (25, 80), (30, 36), (40, 48)]
    let kept = AnchorFinder.withoutOutliers(chain, slack: 5, share: 0.3)
    #expect(kept.map { [$0.0, $0.1] } == [[0, 0], [10, 12], [20, 24], [30, 36], [40, 48]])
    // From an article to its abstract: every anchor is in line with a neighbour.
    let jump = [(0, 0), (10, 10), (20, 20), (100, 200), (102, 203), (104, 206)]
    #expect(AnchorFinder.withoutOutliers(jump, slack: 5, share: 0.3).count == jump.count)
  }

  @Test("Punctuation: flags per sentence, log odds learned from the document's own pairs")
  func punctuation() {
    #expect(PunctuationScorer.chineseFlags("他问道：“你好吗？”") == 0b1101)
    #expect(PunctuationScorer.englishFlags("'How are you?' he asked.") == 0b1101)
    #expect(PunctuationScorer.englishFlags("Trinket's boots didn't fit!") == 0b0010)
    #expect(PunctuationScorer.chineseFlags("周嫂子。”") == 0b1000)
    #expect(PunctuationScorer.englishFlags("Come in and sit down!'") == 0b1010)
    // 40 pairs: every even one a question on both sides, the odd ones plain statements.
    let zh = (0..<40).map { $0 % 2 == 0 ? "他去哪里？" : "他回家了。" }
    let en = (0..<40).map { $0 % 2 == 0 ? "Where did he go?" : "He went home." }
    var scorer = PunctuationScorer(zh: zh, en: en)
    #expect(!scorer.isActive && scorer.evidence(zh: 0..<1, en: 1..<2) == 0)
    scorer.estimate(from: (0..<40).map { ($0..<($0 + 1), $0..<($0 + 1)) })
    #expect(scorer.evidence(zh: 0..<1, en: 0..<1) > 0.5)  // question with question
    #expect(scorer.evidence(zh: 0..<1, en: 1..<2) < -1)  // question with statement
    // Marks the document never uses carry no weight.
    #expect(abs(scorer.agree[2]) < 0.01 && abs(scorer.disagree[3]) < 0.01)
    var few = PunctuationScorer(zh: zh, en: en)
    few.estimate(from: (0..<10).map { ($0..<($0 + 1), $0..<($0 + 1)) })
    #expect(!few.isActive)
  }

  @Test("A parallel text (first pass leaves almost nothing out) pays more to open a gap")
  func parallelGapOpen() {
    let zhBase = ["他看见了河流。", "他走在道路上。", "他喝茶。", "他去了城市。", "他提供货物。", "他在农田里。"]
    let enBase = [
      "He saw the river.", "He walked on the road.", "He drank tea.", "He went to the city.",
      "He supplied goods.", "He was in the field.",
    ]
    let zh = (0..<24).map { zhBase[$0 % 6] }
    // One English sentence the Chinese does not have, after the twelfth.
    var en = (0..<24).map { enBase[$0 % 6] }
    en.insert("Nobody remembers that winter.", at: 12)
    let units = { (texts: [String], language: Language) in
      texts.enumerated().map { k, text in
        TextUnit(
          block: 0, index: k, language: language, kind: .body, text: text,
          range: SourceRange(start: k * 40, end: k * 40 + 30, line: k + 1, endLine: k + 1))
      }
    }
    func leftOut(_ extra: Double) -> Int {
      var configuration = Aligner.Configuration()
      configuration.parallelGapOpen = extra
      configuration.gapInsideParagraph = 0
      let alignment = Aligner(lexicon: testLexicon, configuration: configuration)
        .align(zh: units(zh, .zhHans), en: units(en, .en))
      return alignment.unalignedEn.count
    }
    #expect(leftOut(0) == 1)  // left out: 1 of 49 sentences, a parallel text
    #expect(leftOut(3) == 0)  // opening the gap now costs more than joining a neighbour
  }

  @Test("Associations learned from the first pass join the dictionary for the second")
  func learning() {
    // 韦小宝 ↔ Trinket is not in the dictionary; every pair also shares dictionary words.
    let zh = [
      "韦小宝看见了河流。", "韦小宝走在道路上。", "韦小宝喝茶。", "韦小宝去了城市。", "韦小宝提供货物。",
      "韦小宝在农田里。", "韦小宝建了城市。", "韦小宝喝水。",
    ]
    let en = [
      "Trinket saw the river.", "Trinket walked on the road.", "Trinket drank tea.",
      "Trinket went to the city.", "Trinket supplied goods.", "Trinket was in the field.",
      "Trinket built a city.", "Trinket drank water.",
    ]
    let units = { (texts: [String], language: Language) in
      texts.enumerated().map { k, text in
        TextUnit(
          block: k, index: k, language: language, kind: .body, text: text,
          range: SourceRange(start: k * 40, end: k * 40 + 30, line: k + 1, endLine: k + 1))
      }
    }
    var off = Aligner.Configuration()
    off.learnAssociations = false
    let without = Aligner(lexicon: testLexicon, configuration: off)
      .align(zh: units(zh, .zhHans), en: units(en, .en))
    var always = Aligner.Configuration()
    always.learningSufficientShare = 1.01
    let with = Aligner(lexicon: testLexicon, configuration: always)
      .align(zh: units(zh, .zhHans), en: units(en, .en))
    #expect(with.beads.count == 8 && without.beads.count == 8)
    let mean = { (a: Alignment) in a.beads.map(\.score).reduce(0, +) / Double(a.beads.count) }
    #expect(mean(with) > mean(without) + 0.05, "\(mean(with)) vs \(mean(without))")
    // By default a document the dictionary already supports throughout has no second pass.
    let byDefault = Aligner(lexicon: testLexicon).align(zh: units(zh, .zhHans), en: units(en, .en))
    #expect(mean(byDefault) == mean(without))
    var learned = Lexicon()
    learned.add(headword: "小宝", stems: ["trinket"])
    var merged = testLexicon
    merged.merge(learned)
    #expect(merged.translations(of: "小宝") != nil)
    #expect(merged.translations(of: "茶") == testLexicon.translations(of: "茶"))
  }

  @Test(
    "The project's literary sample: every sentence paired, 1-1 recall at least 0.95, no wrong pair in the TMX",
    .enabled(if: Seeds.dictionary != nil, Seeds.dictionarySkipReason))
  func literarySample() throws {
    var options = Segmenter.Options()
    options.linesAreSentences = true
    let pipeline = Pipeline(
      segmenterOptions: options,
      aligner: Aligner(lexicon: try LexiconCache.load(path: Seeds.dictionary!)))
    let result = try pipeline.align(
      zh: Seeds.sample("lantern.zh.lines"), en: Seeds.sample("lantern.en.lines"))
    let gold = try BeadList.load(path: Seeds.projectReference("lantern.align"))
    let path = Set(result.alignment.beads.map { BeadList.Bead(zh: Array($0.zh), en: Array($0.en)) })
    let oneToOne = gold.beads.filter { $0.zh.count == 1 && $0.en.count == 1 }
    let found = oneToOne.filter { path.contains($0) }.count
    #expect(Double(found) / Double(oneToOne.count) >= 0.95, "\(found) of \(oneToOne.count)")
    let exported = result.alignment.beads.filter {
      $0.confidence >= Aligner.Configuration().minimumConfidence
    }
    #expect(exported.count >= gold.beads.count * 3 / 4)
    for bead in exported {
      #expect(gold.beads.contains(BeadList.Bead(zh: Array(bead.zh), en: Array(bead.en))))
    }
  }
}
