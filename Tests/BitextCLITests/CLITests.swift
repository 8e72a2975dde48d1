import Foundation
import Testing
import _BitextTestSupport

@Suite("bitext command line")
struct CLITests {
  @Test("segment --format jsonl gives offsets into the original bytes")
  func segmentJSONL() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let text = "# 茶\n\n茶起源于中国。它传到了欧洲。\n\nTea came from China.\n"
    let path = try folder.write("essay.md", text)
    let run = try runBitext(["segment", path, "--format", "jsonl"])
    #expect(run.status == 0)
    let lines = run.output.split(separator: "\n")
    #expect(lines.count == 4)
    let bytes = Array(text.utf8)
    for line in lines {
      let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any]
      let start = object["start"] as! Int
      let end = object["end"] as! Int
      #expect(String(decoding: bytes[start..<end], as: UTF8.self) == object["text"] as? String)
      #expect(object["lang"] != nil && object["kind"] != nil && object["line"] != nil)
    }
  }

  @Test(
    "Bad input: one error line, a failure status, no stack trace",
    arguments: [("missing", nil), ("empty", ""), ("binary", "\u{0}\u{1}\u{2}ELF\u{0}")]
      as [(String, String?)])
  func badInput(name: String, content: String?) throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let path = content.map { try! folder.write(name, $0) } ?? folder.path(name)
    for arguments in [["segment", path], ["align", path, "-o", folder.path("out.tmx")]] {
      let run = try runBitext(arguments)
      #expect(run.status != 0)
      let errorLines = run.error.split(separator: "\n")
      #expect(errorLines.count == 1, "\(run.error)")
      #expect(errorLines.first?.hasPrefix("error: ") == true)
      #expect(!FileManager.default.fileExists(atPath: folder.path("out.tmx")))
    }
  }

  @Test("align writes a TMX and a JSONL; an existing TMX survives a failed run")
  func alignSample() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let tmx = folder.path("tea.tmx")
    let jsonl = folder.path("tea.jsonl")
    let run = try runBitext(["align", Seeds.sample("tea-essay.txt"), "-o", tmx, "--jsonl", jsonl])
    #expect(run.status == 0, "\(run.error)")
    let xml = try String(contentsOfFile: tmx, encoding: .utf8)
    #expect(xml.contains("<tuv xml:lang=\"zh-CN\">") && xml.contains("<tuv xml:lang=\"en\">"))
    let records = try String(contentsOfFile: jsonl, encoding: .utf8).split(separator: "\n")
    #expect(records.contains { $0.contains("\"type\":\"pair\"") })
    // The boilerplate lines at the end (a note, a newsletter line) are not exported.
    #expect(
      records.contains { $0.contains("\"type\":\"unaligned\"") || $0.contains("\"exported\":false") })
    #expect(!xml.contains("newsletter"))
    // A failing run leaves the earlier output in place.
    let failed = try runBitext(["align", folder.path("missing.txt"), "-o", tmx])
    #expect(failed.status != 0)
    #expect(try String(contentsOfFile: tmx, encoding: .utf8) == xml)
  }

  @Test("tmx validate accepts Bitext's output and reports a truncated file")
  func tmxValidate() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let tmx = folder.path("tea.tmx")
    _ = try runBitext(["align", Seeds.sample("tea-essay.txt"), "-o", tmx])
    #expect(try runBitext(["tmx", "validate", tmx]).status == 0)
    let text = try String(contentsOfFile: tmx, encoding: .utf8)
    let truncated = try folder.write("cut.tmx", String(text.prefix(text.count / 2)))
    let run = try runBitext(["tmx", "validate", truncated])
    #expect(run.status != 0)
    #expect(run.error.contains("truncated"))
  }

  @Test("--help shows examples for each command", arguments: ["align", "segment", "eval", "tmx"])
  func help(command: String) throws {
    let run = try runBitext([command, "--help"])
    #expect(run.status == 0)
    #expect(run.output.contains("Examples:"))
  }
}

@Suite("bitext align, batch mode")
struct CLIBatchTests {
  @Test("A folder is aligned with a summary; one bad file fails the run but not the others")
  func folder() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let corpus = folder.url.appendingPathComponent("corpus").path
    try FileManager.default.createDirectory(atPath: corpus, withIntermediateDirectories: true)
    try FileManager.default.copyItem(
      atPath: Seeds.sample("river.zh.txt"), toPath: corpus + "/river.zh.txt")
    try FileManager.default.copyItem(
      atPath: Seeds.sample("river.en.txt"), toPath: corpus + "/river.en.txt")
    try FileManager.default.copyItem(
      atPath: Seeds.sample("tea-essay.txt"), toPath: corpus + "/tea.txt")
    try Data().write(to: URL(fileURLWithPath: corpus + "/broken.txt"))
    let out = folder.path("out")
    let run = try runBitext(["align", corpus, "--out-dir", out, "--merged", out + "/all.tmx"])
    #expect(run.status != 0)  // broken.txt failed
    #expect(
      run.output.contains("river") && run.output.contains("tea") && run.output.contains("FAILED"))
    for name in ["river.tmx", "river.jsonl", "tea.tmx", "summary.tsv", "all.tmx"] {
      #expect(FileManager.default.fileExists(atPath: out + "/" + name), "\(name)")
    }
    #expect(run.error.contains("[3/3]"))  // plain progress lines when piped
  }
}

@Suite("bitext align, pre-segmented input")
struct CLISplitLinesTests {
  @Test("--split lines keeps one sentence per line; sentence indices are line numbers from 0")
  func splitLines() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let zh = try folder.write("zh.txt", "茶起源于中国。\n\n荷兰商人把茶叶运到了欧洲。1662年，公主嫁到英国。\n")
    let en = try folder.write(
      "en.txt",
      "Tea originated in China.\n\nDutch merchants shipped tea to Europe. In 1662 a princess married into England.\n"
    )
    let jsonl = folder.path("out.jsonl")
    let run = try runBitext(["align", zh, en, "--split", "lines", "--jsonl", jsonl])
    #expect(run.status == 0, "\(run.error)")
    let records = try String(contentsOfFile: jsonl, encoding: .utf8).split(separator: "\n").map {
      try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any]
    }
    let pairs = records.filter { $0["type"] as? String == "pair" }
    #expect(pairs.count == 2)
    let second = pairs.last!
    #expect((second["zh"] as! [String: Any])["sentences"] as? [Int] == [2])
    #expect((second["en"] as! [String: Any])["sentences"] as? [Int] == [2])
  }
}
