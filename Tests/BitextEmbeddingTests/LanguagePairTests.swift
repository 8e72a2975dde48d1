import Bitext
import Foundation
import Testing
import _BitextTestSupport

/// A journal page the project wrote: a Chinese note, an English abstract and its Russian
/// translation, sentence for sentence.
private let journalPage = """
  本期刊登关于北方河流与城市的研究。

  Abstract. Rivers shaped the growth of northern cities for centuries. Merchants carried grain and timber downstream every spring. When the railways arrived in 1870, river trade declined quickly. Today the old harbours are parks and museums. This article compares three cities and their changing waterfronts.

  Аннотация. Реки веками определяли рост северных городов. Каждую весну купцы сплавляли вниз по течению зерно и лес. Когда в 1870 году появились железные дороги, речная торговля быстро пришла в упадок. Сегодня старые гавани превратились в парки и музеи. В статье сравниваются три города и их меняющиеся набережные.
  """

private let modelFolder = Seeds.packageRoot.appendingPathComponent(
  SentenceEncoder.defaultRelativePath
).path
private let modelInstalled = FileManager.default.fileExists(atPath: modelFolder + "/weights.f32")

@Suite("Language pairs (--langs)")
struct LanguagePairTests {
  @Test("Pairs are named by their codes in either order; other languages are refused")
  func codes() {
    #expect(LanguagePair(codes: "zh,en") == .chineseEnglish)
    #expect(LanguagePair(codes: "en, ru") == .russianEnglish)
    #expect(LanguagePair(codes: "RU,ZH") == .chineseRussian)
    #expect(LanguagePair.russianEnglish.description == "ru,en")
    for bad in ["fr,en", "zh", "zh,en,ru", "en,en", ""] { #expect(LanguagePair(codes: bad) == nil) }
  }

  @Test(
    "--langs ru,en pairs a Russian abstract with its English original, sentence for sentence",
    .enabled(if: modelInstalled, "USE multilingual v3 is absent: run Scripts/setup.sh"))
  func russianEnglish() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let input = try folder.write("page.txt", journalPage)
    let tmx = folder.path("ru.tmx")
    let run = try runBitext(
      ["align", input, "--langs", "ru,en", "-o", tmx, "--jsonl", folder.path("ru.jsonl")],
      environment: ["BITEXT_USE_M3": modelFolder])
    #expect(run.status == 0, "\(run.error)")
    let units = try TMXReader.read(path: tmx).units
    let pairs = units.compactMap { unit -> (String, String)? in
      guard let ru = unit.text(language: "ru"), let en = unit.text(language: "en") else { return nil }
      return (ru, en)
    }
    #expect(pairs.count == units.count, "every unit has a ru and an en variant")
    #expect(pairs.count >= 4, "\(pairs)")
    // Each exported pair is the right one: the sentences share their position.
    let russian = ["Аннотация", "Реки", "Каждую", "Когда", "Сегодня", "В статье"]
    let english = ["Abstract", "Rivers", "Merchants", "When", "Today", "This article"]
    for (ru, en) in pairs {
      let r = russian.firstIndex { ru.contains($0) }
      let e = english.firstIndex { en.contains($0) }
      #expect(r != nil && r == e, "\(ru) ↔ \(en)")
    }
    #expect(!pairs.contains { $0.0.contains("本期") || $0.1.contains("本期") })
  }

  @Test("In the library, a Russian–English alignment writes its TMX with ru and en codes")
  func libraryCodes() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let input = try folder.write("page.txt", journalPage)
    var configuration = Aligner.Configuration()
    configuration.minimumConfidence = 0  // every pair, whatever the evidence without an encoder
    var pipeline = Pipeline(aligner: Aligner(configuration: configuration))
    pipeline.languages = .russianEnglish
    let alignment = try pipeline.align(inputs: [input]).alignment
    #expect(alignment.zh.allSatisfy { $0.language == .ru } && !alignment.zh.isEmpty)
    #expect(alignment.chineseCode == "ru" && alignment.englishCode == "en")
    let tmx = folder.path("library.tmx")
    let summary = try alignment.writeTMX(to: tmx)
    #expect(summary.units > 0)
    let document = try TMXReader.read(path: tmx)
    #expect(document.header["srclang"] == "ru")
    #expect(document.units.allSatisfy { $0.text(language: "ru") != nil && $0.text(language: "en") != nil })
  }

  @Test("--langs ru,en without the encoder warns that little will be exported; a bad pair is refused")
  func withoutEncoder() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let input = try folder.write("page.txt", journalPage)
    let run = try runBitext(["align", input, "--langs", "ru,en", "-o", folder.path("a.tmx")])
    #expect(run.status == 0, "\(run.error)")
    #expect(run.error.contains("without the sentence encoder"), "\(run.error)")
    #expect(run.error.contains("Russian"), "\(run.error)")
    let bad = try runBitext(["align", input, "--langs", "fr,en", "-o", folder.path("b.tmx")])
    #expect(bad.status != 0 && bad.error.contains("--langs"), "\(bad.error)")
    // Chinese with Russian: the Chinese note has no Russian counterpart, nothing is exported.
    let chinese = try runBitext(["align", input, "--langs", "zh,ru", "-o", folder.path("c.tmx")])
    #expect(chinese.status == 0, "\(chinese.error)")
    #expect(try TMXReader.read(path: folder.path("c.tmx")).units.isEmpty)
  }
}
