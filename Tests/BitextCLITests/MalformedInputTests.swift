import Foundation
import Testing
import _BitextTestSupport

/// Issue 10: malformed files give one clear error line (or a warning), never a crash.
@Suite("Malformed input: errors and warnings, no crash")
struct MalformedInputTests {
  @Test(
    "A TMX with bytes that are not UTF-8 in a name, comment or PI is an error with its place",
    arguments: [
      [0x3C, 0x74, 0x75, 0xFF, 0x3E], [0x3C, 0x21, 0x2D, 0x2D, 0xC3, 0x28, 0x2D, 0x2D, 0x3E],
      [0x3C, 0x3F, 0x70, 0x69, 0x20, 0xED, 0xA0, 0x80, 0x3F, 0x3E],
    ] as [[UInt8]])
  func tmxNotUTF8(inserted: [UInt8]) throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let head = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\">\n<header srclang=\"zh-CN\"/>\n<body>\n"
    let tail = "\n</body>\n</tmx>\n"
    let path = try folder.write("bad.tmx", bytes: Array(head.utf8) + inserted + Array(tail.utf8))
    for command in [["tmx", "stats", path], ["tmx", "validate", path]] {
      let run = try runBitext(command)
      #expect(run.status == 1)
      #expect(run.error.contains("bad.tmx:5:") && run.error.contains("not UTF-8"), "\(run.error)")
    }
  }

  @Test("eval --gold refuses an occurrence that is not a whole number from 1")
  func referenceOccurrence() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let tmx = folder.path("tea.tmx")
    #expect(try runBitext(["align", Seeds.sample("tea-essay.txt"), "-o", tmx]).status == 0)
    for occurrence in ["0", "-3", "1.5", "1e300"] {
      let gold = try folder.write(
        "gold.json",
        #"{"source": "tea-essay.txt", "beads": [{"zh": [{"text": "茶", "occurrence": \#(occurrence)}], "en": ["Tea"]}]}"#
      )
      let run = try runBitext([
        "eval", "--gold", gold, "--source", Seeds.sample("").dropLast().description, tmx,
      ])
      #expect(run.status == 1, "occurrence \(occurrence): \(run.error)")
      #expect(run.error.contains("occurrence"))
    }
  }

  @Test(
    "report refuses records with numbers out of range",
    arguments: [
      #""confidence":1e308"#, #""confidence":-0.5"#, #""sentences":[9223372036854775807]"#,
      #""sentences":[-1]"#, #""start":-4"#, #""line":9223372036854775807"#,
    ])
  func recordNumbers(field: String) throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    var fields = [
      "\"confidence\":0.9", "\"sentences\":[0]", "\"start\":0", "\"line\":1",
    ]
    let key = field.split(separator: ":")[0]
    fields = fields.map { $0.hasPrefix(key) ? field : $0 }
    let side = "{\"text\":\"茶\",\(fields[2]),\"end\":3,\(fields[1]),\(fields[3])}"
    let line =
      "{\"type\":\"pair\",\"shape\":\"1-1\",\(fields[0]),\"exported\":true,\"zh\":\(side),\"en\":\(side)}"
    let path = try folder.write("bad.jsonl", line + "\n")
    let run = try runBitext(["report", path, "--show", "all"])
    #expect(run.status == 1, "\(field): \(run.output)")
    #expect(run.error.contains("bad.jsonl:1:"), "\(run.error)")
  }

  @Test("A corrupt dictionary cache is rebuilt, not a crash")
  func corruptCache() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let lexicon = try folder.write("mini.tsv", "茶\ttea\n中国\tChina\n欧洲\tEurope\n")
    let input = Seeds.sample("tea-essay.txt")
    let tmx = folder.path("out.tmx")
    #expect(try runBitext(["align", input, "-o", tmx, "--lexicon", lexicon]).status == 0)
    let cache = lexicon + ".bitext-cache"
    let good = try [UInt8](Data(contentsOf: URL(fileURLWithPath: cache)))
    let header = good.prefix(through: good.firstIndex(of: 10)!)
    var damaged: [[UInt8]] = [
      Array(header), Array(good.prefix(good.count / 2)), Array(good.dropLast()), good + [0],
      Array(header) + [UInt8](repeating: 0xFF, count: 64),
    ]
    // Every byte of the counts and a stretch of the arrays set to 0xFF in turn.
    for offset in stride(from: header.count, to: min(good.count, header.count + 200), by: 3) {
      var bytes = good
      bytes[offset] = 0xFF
      damaged.append(bytes)
    }
    for bytes in damaged {
      try Data(bytes).write(to: URL(fileURLWithPath: cache))
      let run = try runBitext(["align", input, "-o", tmx, "--lexicon", lexicon])
      #expect(run.status == 0, "\(bytes.count) bytes: \(run.error)")
    }
    #expect(try Data(contentsOf: URL(fileURLWithPath: cache)) == Data(good), "the cache is rebuilt")
  }

  @Test("A UTF-8 file with a few stray bytes is read with U+FFFD, a located warning and exact offsets")
  func strayBytes() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let good = Array("茶起源于中国。它传到了欧洲。\n\nTea came from China. It spread to Europe.\n".utf8)
    var bytes = good
    bytes.insert(0xFF, at: good.count - 8)
    bytes.insert(contentsOf: [0xE4, 0xB8], at: 6)
    let path = try folder.write("stray.txt", bytes: bytes)
    let run = try runBitext(["segment", path, "--format", "jsonl"])
    #expect(run.status == 0, "\(run.error)")
    #expect(run.error.contains("3 bytes are not UTF-8"), "\(run.error)")
    #expect(run.error.contains("line 1, column 3"), "\(run.error)")
    let records = run.output.split(separator: "\n")
    #expect(records.count == 4)
    for line in records {
      let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any]
      let slice = bytes[(object["start"] as! Int)..<(object["end"] as! Int)]
      let text = object["text"] as! String
      // Each stray byte is one U+FFFD: the source slice decodes to the unit's text.
      #expect(String(decoding: slice, as: UTF8.self) == text, "\(text)")
    }
  }

  @Test("A text file with a few NUL bytes is text, with a warning")
  func nulBytes() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    var bytes = Array("茶起源于中国。\n\nTea came from China.\n".utf8)
    bytes.insert(0, at: 9)
    let path = try folder.write("nul.txt", bytes: bytes)
    let run = try runBitext(["segment", path])
    #expect(run.status == 0, "\(run.error)")
    #expect(run.error.contains("1 NUL byte read as spaces"))
    #expect(run.output.contains("Tea came from China."))
  }

  @Test("A file above the input limit is refused up front with the limit and how to raise it")
  func sizeLimit() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let line = Array("Tea came from China. 茶起源于中国。\n".utf8)
    let path = try folder.write(
      "big.txt", bytes: Array([[UInt8]](repeating: line, count: 50_000).joined()))
    let run = try runBitext(["segment", path], environment: ["BITEXT_MAX_INPUT_MB": "1"])
    #expect(run.status == 1)
    #expect(run.error.contains("above the input limit of 1 MiB") && run.error.contains("BITEXT_MAX_INPUT_MB"))
    #expect(try runBitext(["segment", path], environment: ["BITEXT_MAX_INPUT_MB": "4"]).status == 0)
  }

  @Test(
    "A symbolic link to bitext finds the project's dictionary from any folder",
    .enabled(if: Seeds.dictionary != nil, Seeds.dictionarySkipReason))
  func symlinkedBinary() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let link = folder.url.appendingPathComponent("bitext")
    try FileManager.default.createSymbolicLink(
      at: link, withDestinationURL: bitextExecutable.resolvingSymlinksInPath())
    let tmx = folder.path("out.tmx")
    let run = try runBitext(
      ["align", Seeds.sample("tea-essay.txt"), "-o", tmx], in: URL(fileURLWithPath: "/"),
      executable: link, environment: ["BITEXT_LEXICON": nil])
    #expect(run.status == 0, "\(run.error)")
    #expect(run.error.contains(" written to ") && !run.error.contains(" 0 written"), "\(run.error)")
  }

  @Test("Without any dictionary, align fails clearly unless --no-lexicon is given")
  func noDictionary() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let copy = folder.url.appendingPathComponent("bitext")
    try FileManager.default.copyItem(at: bitextExecutable.resolvingSymlinksInPath(), to: copy)
    let tmx = folder.path("out.tmx")
    let input = Seeds.sample("tea-essay.txt")
    let run = try runBitext(
      ["align", input, "-o", tmx], in: URL(fileURLWithPath: "/"), executable: copy,
      environment: ["BITEXT_LEXICON": nil])
    #expect(run.status == 1)
    #expect(run.error.contains("no dictionary found") && run.error.contains("--no-lexicon"))
    #expect(!FileManager.default.fileExists(atPath: tmx))
    let without = try runBitext(
      ["align", input, "-o", tmx, "--no-lexicon"], in: URL(fileURLWithPath: "/"),
      executable: copy, environment: ["BITEXT_LEXICON": nil])
    #expect(without.status == 0, "\(without.error)")
  }
}
