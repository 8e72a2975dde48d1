import Bitext
import Foundation
import Testing
import _BitextTestSupport

private func unit(_ zh: String, _ en: String, code: String = "zh-CN") -> TranslationUnit {
  TranslationUnit(
    zh: zh, en: en, zhCode: code, confidence: 0.87, shape: "1-2", document: "essay.txt",
    zhLines: 3...3, enLines: 10...11)
}

@Suite("TMX writer and reader")
struct TMXTests {
  @Test("Round trip: what the writer writes, the reader reads back, escaping included")
  func roundTrip() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let path = folder.path("memory.tmx")
    let units = [
      unit("茶起源于中国。", "Tea originated in China."),
      unit("“A & B” <说> 'x'", "\"A & B\" <said> 'x' & more"),
      unit("茶起源於中國。", "Tea came from China.", code: "zh-TW"),
    ]
    let writer = try TMXWriter(path: path, header: TMXHeader(sourceLanguage: "zh-CN"))
    for unit in units { try writer.add(unit) }
    let summary = try writer.finish()
    #expect(summary.units == 3)
    let document = try TMXReader.read(path: path)
    #expect(document.version == "1.4")
    #expect(document.header["srclang"] == "zh-CN")
    #expect(document.header["segtype"] == "sentence")
    #expect(document.header["creationdate"]?.count == 16)
    #expect(document.units.map { $0.text(language: "zh") } == units.map(\.zh))
    #expect(document.units.map { $0.text(language: "en") } == units.map(\.en))
    #expect(document.units[2].variants.first?.language == "zh-TW")
    #expect(document.units[0].properties["x-bead"] == "1-2")
    #expect(document.units[0].properties["x-confidence"] == "0.87")
    #expect(TMXValidator.problems(in: document).isEmpty)
  }

  @Test("Characters XML 1.0 forbids are removed and counted")
  func forbiddenCharacters() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let path = folder.path("memory.tmx")
    let writer = try TMXWriter(path: path, header: TMXHeader())
    try writer.add(unit("茶\u{1}起源\u{FFFE}。", "Tea\u{0B} came\u{FFFF}."))
    let summary = try writer.finish()
    #expect(summary.removedCharacters == 4)
    let document = try TMXReader.read(path: path)
    #expect(document.units.first?.text(language: "zh") == "茶起源。")
    #expect(document.units.first?.text(language: "en") == "Tea came.")
  }

  @Test("Identical pairs are written once when deduplicating")
  func dedupe() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let writer = try TMXWriter(path: folder.path("m.tmx"), header: TMXHeader())
    for _ in 0..<3 { try writer.add(unit("茶。", "Tea.")) }
    let summary = try writer.finish()
    #expect(summary.units == 1 && summary.duplicates == 2)
  }

  @Test("Writes are atomic: an abandoned write leaves the old file untouched")
  func atomic() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let path = try folder.write("memory.tmx", "old content")
    let writer = try TMXWriter(path: path, header: TMXHeader())
    try writer.add(unit("茶。", "Tea."))
    writer.abandon()
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "old content")
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.url.path)
    #expect(leftovers == ["memory.tmx"])
  }

  @Test("A missing output folder is a clear error")
  func missingFolder() {
    #expect(throws: BitextError.self) {
      _ = try TMXWriter(path: "/nonexistent-folder/memory.tmx", header: TMXHeader())
    }
  }

  @Test(
    "Broken files give an error with a position, never a crash",
    arguments: [
      (
        "truncated",
        "<?xml version=\"1.0\"?>\n<tmx version=\"1.4\">\n<header srclang=\"zh-CN\"/>\n<body>\n<tu><tuv xml:lang=\"zh-CN\"><seg>茶"
      ),
      (
        "ampersand",
        "<?xml version=\"1.0\"?>\n<tmx version=\"1.4\"><body><tu><tuv xml:lang=\"en\"><seg>A & B</seg></tuv></tu></body></tmx>\n"
      ),
      ("empty", ""),
      ("not xml", "just some text\n"),
    ])
  func brokenFiles(name: String, content: String) throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let path = try folder.write("\(name).tmx", content)
    do {
      _ = try TMXReader.read(path: path)
      Issue.record("expected an error for \(name)")
    } catch {
      #expect(error.code == .malformed)
      #expect(error.message.contains(path))
    }
  }

  @Test("The validator names language codes CAT tools ignore and missing header attributes")
  func validator() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let path = try folder.write(
      "bad.tmx",
      """
      <?xml version="1.0"?>
      <tmx version="1.4"><header srclang="zh_CN"/><body>
      <tu><tuv xml:lang="zh_CN"><seg>茶</seg></tuv><tuv xml:lang="en"><seg></seg></tuv></tu>
      </body></tmx>
      """)
    let problems = TMXValidator.problems(in: try TMXReader.read(path: path)).map(\.description)
    #expect(problems.contains { $0.contains("creationtool") })
    #expect(problems.contains { $0.contains("zh_CN") && $0.contains("line 3") })
    #expect(problems.contains { $0.contains("empty <seg>") })
  }

  @Test("Statistics count units, languages, duplicates")
  func statistics() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let path = folder.path("m.tmx")
    let writer = try TMXWriter(path: path, header: TMXHeader(), dedupe: false)
    try writer.add(unit("茶起源于中国。", "Tea originated in China."))
    try writer.add(unit("茶起源于中国。", "Tea originated in China."))
    try writer.add(unit("茶。", String(repeating: "A very long English sentence. ", count: 10)))
    _ = try writer.finish()
    let stats = TMXStatistics(try TMXReader.read(path: path))
    #expect(stats.units == 3 && stats.duplicates == 1)
    #expect(stats.languages == ["zh-CN": 3, "en": 3])
    #expect(stats.lengthOutliers.count == 1)
  }
}
