import Bitext
import Foundation
import Testing
import _BitextTestSupport

/// Aligns `inputs` with CC-CEDICT and scores the exported pairs against `reference`.
private func score(_ inputs: [String], reference: String, source: String) throws -> AlignmentScore {
  let lexicon = try LexiconCache.load(path: Seeds.dictionary!)
  let pipeline = Pipeline(aligner: Aligner(lexicon: lexicon))
  let result = try pipeline.align(inputs: inputs)
  let units = pipeline.translationUnits(
    result, minimumConfidence: Aligner.Configuration().minimumConfidence)
  let gold = try Reference.load(path: reference)
  let text = { (name: String) in try InputDecoder.read(path: source + "/" + name).text }
  return AlignmentScore(
    pairs: units.map { ($0.zh, $0.en) }, reference: gold, zhSource: try text(gold.source),
    enSource: try gold.sourceEnglish.map(text))
}

@Suite(
  "Quality on the project's samples",
  .enabled(if: Seeds.dictionary != nil, Seeds.dictionarySkipReason))
struct SampleQualityTests {
  @Test("The mixed sample aligns perfectly, and its dump is stable")
  func teaEssay() throws {
    let result = try score(
      [Seeds.sample("tea-essay.txt")], reference: Seeds.projectReference("tea-essay.json"),
      source: Seeds.sample(""))
    #expect(result.precision == 1 && result.recall == 1)
  }

  @Test("The dialogue sample aligns perfectly: quotes, past tenses, a 1-2 bead")
  func letter() throws {
    let result = try score(
      [Seeds.sample("letter.zh.txt"), Seeds.sample("letter.en.txt")],
      reference: Seeds.projectReference("letter.json"), source: Seeds.sample(""))
    #expect(result.precision == 1 && result.recall == 1)
  }

  @Test("The two-file Traditional sample aligns perfectly, 1-2 beads included")
  func river() throws {
    let result = try score(
      [Seeds.sample("river.en.txt"), Seeds.sample("river.zh.txt")],
      reference: Seeds.projectReference("river.json"), source: Seeds.sample(""))
    #expect(result.precision == 1 && result.recall == 1)
    #expect(result.strictRecall == 1)
  }
}

@Suite(
  "Quality on the seeds",
  .enabled(if: Seeds.available, Seeds.skipReason),
  .enabled(if: Seeds.dictionary != nil, Seeds.dictionarySkipReason))
struct SeedQualityTests {
  @Test("Seeds 001 and 003: link F1 and precision at least 0.95", arguments: ["001", "003"])
  func references(prefix: String) throws {
    let shared = Seeds.shared!.appendingPathComponent("seeds").path
    let result = try score(
      [Seeds.document(prefix)!], reference: Seeds.reference(prefix)!, source: shared)
    #expect(result.f1 >= 0.95, "F1 \(result.f1)")
    #expect(result.precision >= 0.95, "P \(result.precision)")
  }

  @Test("Seed 002 has no English: no pairs and a warning")
  func chineseOnly() throws {
    let lexicon = try LexiconCache.load(path: Seeds.dictionary!)
    let result = try Pipeline(aligner: Aligner(lexicon: lexicon)).align(inputs: [
      Seeds.document("002")!
    ])
    #expect(result.alignment.beads.isEmpty)
    #expect(!result.alignment.warnings.isEmpty)
  }

  @Test("Russian abstracts are never paired with Chinese")
  func russianNeverPaired() throws {
    let lexicon = try LexiconCache.load(path: Seeds.dictionary!)
    let result = try Pipeline(aligner: Aligner(lexicon: lexicon)).align(inputs: [
      Seeds.document("004")!
    ])
    #expect(!result.alignment.beads.isEmpty)
    #expect(result.alignment.en.allSatisfy { $0.language == .en })
  }
}
