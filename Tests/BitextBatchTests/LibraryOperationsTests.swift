import Bitext
import Foundation
import Testing
import _BitextTestSupport

/// What the CLI does beyond aligning, called as a library: manifest evaluation, TMX
/// merging, batch summaries and merged memories.
@Suite("Library operations")
struct LibraryOperationsTests {
  @Test(
    "A manifest evaluates through the library: every sample scored by links, none failed",
    .enabled(if: Seeds.dictionary != nil, Seeds.dictionarySkipReason))
  func manifestEvaluation() throws {
    let manifest = Seeds.packageRoot.appendingPathComponent(
      "Alignments/manifests/samples.json"
    ).path
    let aligner = Aligner(lexicon: try LexiconCache.load(path: Seeds.dictionary!))
    let evaluation = try ManifestEvaluation.run(
      manifest: manifest, aligner: aligner, minimumConfidence: 0.6)
    #expect(evaluation.failures.isEmpty)
    #expect(evaluation.links.map(\.document) == ["tea-essay", "river", "letter"])
    for row in evaluation.links {
      #expect(row.score.pairs > 5, "\(row.document)")
      #expect(row.score.precision >= 0.95, "\(row.document)")
    }
  }

  @Test("A manifest whose documents name no reference is an error")
  func manifestWithoutReference() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    try folder.write("a.txt", "茶起源于中国。\n\nTea originated in China.\n")
    let manifest = try folder.write("m.json", #"{"documents": [{"inputs": ["a.txt"]}]}"#)
    #expect(throws: BitextError.self) {
      _ = try ManifestEvaluation.run(manifest: manifest, aligner: Aligner(), minimumConfidence: 0.5)
    }
  }

  @Test("Merging keeps each unit's props, writes repeated pairs once and refuses to overwrite an input")
  func merge() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    func write(_ name: String, _ units: [TranslationUnit]) throws -> String {
      let path = folder.path(name)
      let writer = try TMXWriter(path: path, header: TMXHeader())
      for unit in units { try writer.add(unit) }
      _ = try writer.finish()
      return path
    }
    let tea = TranslationUnit(
      zh: "茶起源于中国。", en: "Tea originated in China.", zhCode: "zh-CN", confidence: 0.91,
      shape: "1-1", document: "tea", zhLines: 3...3, enLines: 10...11)
    let river = TranslationUnit(
      zh: "河流很長。", en: "The river is long.", zhCode: "zh-TW", confidence: 0.8,
      shape: "1-2", document: "river", zhLines: 1...1, enLines: 2...3)
    let a = try write("a.tmx", [tea])
    let b = try write("b.tmx", [tea, river])
    let output = folder.path("merged.tmx")
    let summary = try TMXMerge.merge([a, b], into: output)
    #expect(summary.units == 2 && summary.duplicates == 1)
    let units = try TMXReader.read(path: output).units.compactMap {
      TMXMerge.translationUnit($0, file: output)
    }
    #expect(units == [tea, river])
    #expect(throws: BitextError.self) { _ = try TMXMerge.merge([a, b], into: b) }
  }

  @Test(
    "A batch writes its summary and one merged memory of every exported pair",
    .enabled(if: Seeds.dictionary != nil, Seeds.dictionarySkipReason))
  func batchOutputs() async throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let jobs = [
      BatchJob(name: "tea", inputs: [Seeds.sample("tea-essay.txt")]),
      BatchJob(
        name: "river", inputs: [Seeds.sample("river.zh.txt"), Seeds.sample("river.en.txt")]),
    ]
    let runner = BatchRunner(
      aligner: Aligner(lexicon: try LexiconCache.load(path: Seeds.dictionary!)),
      outputFolder: folder.path("out"), minimumConfidence: 0.6)
    let outcomes = await runner.run(jobs) { _, _, _ in }
    try runner.writeSummary(outcomes)
    let rows = try String(contentsOfFile: runner.summaryPath, encoding: .utf8)
      .split(separator: "\n")
    #expect(rows.count == 3 && rows[0].hasPrefix("document\tstatus"))
    #expect(rows[1].hasPrefix("tea\taligned\t") && rows[2].hasPrefix("river\taligned\t"))
    let summary = try runner.writeMerged(jobs, to: folder.path("all.tmx"), zhCode: nil)
    #expect(summary.units == outcomes.map(\.exported).reduce(0, +))
    let documents = Set(try TMXReader.read(path: folder.path("all.tmx")).units.compactMap {
      $0.properties["x-document"]
    })
    #expect(documents == ["tea", "river"])
  }
}
