import Bitext
import Foundation
import Testing
import _BitextTestSupport

/// The README's library example, run as written (paths made absolute), and the
/// library's front door.
@Suite("Library front door")
struct LibraryExampleTests {
  @Test(
    "The README's ten-line example runs and writes a TMX and JSON Lines",
    .enabled(if: Seeds.dictionary != nil, Seeds.dictionarySkipReason))
  func readmeExample() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let root = Seeds.packageRoot.path + "/"
    // --- as in the README ---
    let alignment = try Bitext.align(
      zhFile: root + "Alignments/samples/river.zh.txt", enFile: root + "Alignments/samples/river.en.txt")
    for bead in alignment.exportedBeads {
      print(alignment.zhText(bead), "↔", alignment.enText(bead), bead.confidence)
    }
    try alignment.writeTMX(to: folder.path("river.tmx"))
    try alignment.writeJSONLines(to: folder.path("river.jsonl"))
    // ---
    #expect(alignment.exportedBeads.count == 9)
    let tmx = try TMXReader.read(path: folder.path("river.tmx"))
    #expect(tmx.units.count == 9)
    #expect(tmx.header["srclang"] == "zh-TW")
    let records = try AlignmentFile.records(path: folder.path("river.jsonl"))
    #expect(records.filter { $0.type == "pair" && $0.exported == true }.count == 9)
    let readme = try String(
      contentsOf: Seeds.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
    for line in [
      "let alignment = try Bitext.align(",
      "  zhFile: \"Alignments/samples/river.zh.txt\", enFile: \"Alignments/samples/river.en.txt\")",
      "for bead in alignment.exportedBeads {",
      "try alignment.writeTMX(to: \"river.tmx\")",
      "try alignment.writeJSONLines(to: \"river.jsonl\")",
    ] {
      #expect(readme.contains(line), "README lacks: \(line)")
    }
  }

  @Test("Two strings align; the threshold of the configuration decides what is exported")
  func strings() throws {
    var strict = Aligner.Configuration()
    strict.minimumConfidence = 1.01
    let zh = "茶起源于中国。荷兰商人把茶运到了欧洲。"
    let en = "Tea originated in China. Dutch merchants shipped tea to Europe."
    let alignment = try Bitext.align(zh: zh, en: en, lexicon: testLexicon)
    #expect(alignment.beads.count == 2)
    #expect(alignment.exportedBeads.count == 2)
    let none = try Bitext.align(zh: zh, en: en, lexicon: testLexicon, configuration: strict)
    #expect(none.beads.count == 2 && none.exportedBeads.isEmpty)
  }

  @Test("Pipeline.writeTMX uses the pipeline's language codes")
  func pipelineCodes() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    var pipeline = Pipeline(aligner: Aligner(lexicon: testLexicon))
    pipeline.englishCode = "en-GB"
    pipeline.simplifiedCode = "zh-SG"
    let path = try folder.write("tea.txt", "茶起源于中国。\n\nTea originated in China.\n")
    let result = try pipeline.align(inputs: [path])
    try pipeline.writeTMX(result, to: folder.path("tea.tmx"))
    let xml = try String(contentsOfFile: folder.path("tea.tmx"), encoding: .utf8)
    #expect(xml.contains("xml:lang=\"en-GB\"") && xml.contains("xml:lang=\"zh-SG\""))
  }
}
