import Foundation
import Testing
import _BitextTestSupport

/// Issue 10: no run of bitext destroys a file it should not touch.
@Suite("Outputs never destroy a user's file")
struct OutputSafetyTests {
  private func sample(in folder: TemporaryFolder) throws -> String {
    let path = folder.path("essay.txt")
    try FileManager.default.copyItem(atPath: Seeds.sample("tea-essay.txt"), toPath: path)
    return path
  }

  @Test(
    "An output that is an input, or two outputs that are one file, is refused",
    arguments: [
      ["-o", "essay.txt"], ["-o", "./essay.txt"], ["--jsonl", "essay.txt"],
      ["--html", "essay.txt"], ["-o", "a.tmx", "--jsonl", "a.tmx"],
      ["-o", "a.tmx", "--html", "./a.tmx"],
    ])
  func inputIsOutput(outputs: [String]) throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let input = try sample(in: folder)
    let before = try Data(contentsOf: URL(fileURLWithPath: input))
    let run = try runBitext(["align", "essay.txt"] + outputs, in: folder.url)
    #expect(run.status == 1)
    #expect(run.error.hasPrefix("error: ") && run.error.split(separator: "\n").count == 1)
    #expect(try Data(contentsOf: URL(fileURLWithPath: input)) == before)
    #expect(!FileManager.default.fileExists(atPath: folder.path("a.tmx")))
  }

  @Test("Arguments in the wrong order: an existing file that is not a TMX is not replaced")
  func wrongOrder() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let essay = try sample(in: folder)
    let tmx = folder.path("old.tmx")
    #expect(try runBitext(["align", essay, "-o", tmx]).status == 0)
    let before = try Data(contentsOf: URL(fileURLWithPath: essay))
    // `bitext align old.tmx -o essay.txt`: the TMX read as text, the essay as output.
    let run = try runBitext(["align", tmx, "-o", essay])
    #expect(run.status == 1)
    #expect(try Data(contentsOf: URL(fileURLWithPath: essay)) == before)
    let jsonl = try runBitext(["align", tmx, "--jsonl", essay])
    #expect(jsonl.status == 1)
    #expect(try Data(contentsOf: URL(fileURLWithPath: essay)) == before)
    // An existing TMX is replaced as before.
    #expect(try runBitext(["align", essay, "-o", tmx]).status == 0)
  }

  @Test("--jsonl - writes the records to standard output (devices are refused as files)")
  func standardOutput() throws {
    let run = try runBitext(["align", Seeds.sample("tea-essay.txt"), "--jsonl", "-"])
    #expect(run.status == 0, "\(run.error)")
    let lines = run.output.split(separator: "\n")
    #expect(lines.count >= 14 && lines.allSatisfy { $0.hasPrefix("{\"type\":") })
  }

  @Test("-o - writes the complete TMX to standard output; -o - with --jsonl - is refused")
  func tmxToStandardOutput() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let run = try runBitext(["align", Seeds.sample("tea-essay.txt"), "-o", "-"])
    #expect(run.status == 0, "\(run.error)")
    #expect(run.error.contains("written to standard output"), "\(run.error)")
    #expect(run.output.hasPrefix("<?xml") && run.output.hasSuffix("</tmx>\n"))
    #expect(run.output.components(separatedBy: "<tu ").count - 1 >= 10)
    // The same bytes as a TMX written to a file, which `bitext tmx validate` accepts.
    let path = try folder.write("stdout.tmx", run.output)
    let validate = try runBitext(["tmx", "validate", path])
    #expect(validate.status == 0, "\(validate.output)")
    let both = try runBitext(["align", Seeds.sample("tea-essay.txt"), "-o", "-", "--jsonl", "-"])
    #expect(both.status != 0 && both.error.contains("standard output"), "\(both.error)")
  }

  @Test("A merged TMX that is one of the batch's inputs is refused")
  func mergedIsInput() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    try FileManager.default.createDirectory(
      atPath: folder.path("in"), withIntermediateDirectories: false)
    let input = folder.path("in/essay.txt")
    try FileManager.default.copyItem(atPath: Seeds.sample("tea-essay.txt"), toPath: input)
    let before = try Data(contentsOf: URL(fileURLWithPath: input))
    let run = try runBitext([
      "align", folder.path("in"), "--out-dir", folder.path("out"), "--merged", input,
    ])
    #expect(run.status == 1 && run.error.contains("input"))
    #expect(try Data(contentsOf: URL(fileURLWithPath: input)) == before)
  }

  @Test("tmx merge and report refuse to write over one of their inputs")
  func mergeAndReport() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let input = try sample(in: folder)
    let tmx = folder.path("a.tmx")
    #expect(try runBitext(["align", input, "-o", tmx]).status == 0)
    let before = try Data(contentsOf: URL(fileURLWithPath: tmx))
    #expect(try runBitext(["tmx", "merge", tmx, "-o", tmx]).status == 1)
    #expect(try runBitext(["report", input, "--html", input]).status == 1)
    #expect(try Data(contentsOf: URL(fileURLWithPath: tmx)) == before)
  }

  @Test("A symbolic link, a FIFO or a folder as output is refused and left as it was")
  func notRegular() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let input = try sample(in: folder)
    let target = try folder.write("target.tmx", "keep me")
    try FileManager.default.createSymbolicLink(
      atPath: folder.path("link.tmx"), withDestinationPath: target)
    #expect(mkfifo(folder.path("fifo.tmx"), 0o644) == 0)
    try FileManager.default.createDirectory(
      atPath: folder.path("dir.tmx"), withIntermediateDirectories: false)
    for name in ["link.tmx", "fifo.tmx", "dir.tmx"] {
      let run = try runBitext(["align", input, "-o", folder.path(name)])
      #expect(run.status == 1, "\(name)")
      #expect(run.error.contains(name))
    }
    #expect(try String(contentsOfFile: target, encoding: .utf8) == "keep me")
    #expect(
      (try FileManager.default.attributesOfItem(atPath: folder.path("link.tmx")))[.type]
        as? FileAttributeType == .typeSymbolicLink)
  }

  @Test("A replaced file keeps its permissions; a read-only file is not replaced")
  func permissions() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let input = try sample(in: folder)
    let tmx = try folder.write("out.tmx", "<?xml version=\"1.0\"?><tmx version=\"1.4\"/>")
    #expect(chmod(tmx, 0o600) == 0)
    #expect(try runBitext(["align", input, "-o", tmx]).status == 0)
    var info = stat()
    #expect(stat(tmx, &info) == 0 && info.st_mode & 0o777 == 0o600)
    #expect(try String(contentsOfFile: tmx, encoding: .utf8).contains("<tmx"))
    let locked = try folder.write("locked.tmx", "old")
    #expect(chmod(locked, 0o444) == 0)
    let run = try runBitext(["align", input, "-o", locked])
    #expect(run.status == 1 && run.error.contains("read-only"))
    #expect(try String(contentsOfFile: locked, encoding: .utf8) == "old")
  }

  @Test("Temporary files left by a killed run are removed by the next write")
  func staleTemporaries() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let input = try sample(in: folder)
    // PID 2^22 + 1 is above Linux's pid_max default and cannot be a live process.
    let stale = try folder.write(".out.tmx.tmp-4194305-123", "partial")
    #expect(try runBitext(["align", input, "-o", folder.path("out.tmx")]).status == 0)
    #expect(!FileManager.default.fileExists(atPath: stale))
    let left = try FileManager.default.contentsOfDirectory(atPath: folder.url.path)
    #expect(!left.contains { $0.contains(".tmp-") })
  }

  @Test(
    "Manifest names that are paths, hold control characters or collide are refused",
    arguments: [
      #"[{"name": "../escape", "inputs": ["essay.txt"]}]"#,
      #"[{"name": "a/b", "inputs": ["essay.txt"]}]"#,
      #"[{"name": "a\u0000b", "inputs": ["essay.txt"]}]"#,
      #"[{"name": "..", "inputs": ["essay.txt"]}]"#,
      #"[{"name": "a", "inputs": ["essay.txt"]}, {"name": "A", "inputs": ["essay.txt"]}]"#,
      #"[{"inputs": ["essay.txt"]}, {"inputs": ["./essay.txt"]}]"#,
    ])
  func manifestNames(documents: String) throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    _ = try sample(in: folder)
    let manifest = try folder.write("m.json", #"{"documents": \#(documents)}"#)
    let run = try runBitext(["align", "--manifest", manifest, "--out-dir", folder.path("out")])
    #expect(run.status == 1, "\(run.error)")
    #expect(run.error.hasPrefix("error: "))
    #expect(!FileManager.default.fileExists(atPath: folder.path("escape.tmx")))
    #expect(!FileManager.default.fileExists(atPath: folder.path("out/a.tmx")))
  }

  @Test("A batch output that is one of the inputs is refused before anything is written")
  func batchOutputIsInput() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    _ = try sample(in: folder)
    let manifest = try folder.write(
      "m.json", #"{"documents": [{"name": "essay", "inputs": ["essay.jsonl"]}]}"#)
    let jsonl = try folder.write("essay.jsonl", "not mine to overwrite")
    let run = try runBitext(["align", "--manifest", manifest, "--out-dir", folder.url.path])
    #expect(run.status == 1 && run.error.contains("input"))
    #expect(try String(contentsOfFile: jsonl, encoding: .utf8) == "not mine to overwrite")
  }

  @Test("Files that share a stem in a folder get outputs of their own")
  func folderStems() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let input = try sample(in: folder)
    try FileManager.default.createDirectory(
      atPath: folder.path("in"), withIntermediateDirectories: false)
    for name in ["essay.v1.txt", "essay.v2.txt", "a.txt", "a.md"] {
      try FileManager.default.copyItem(atPath: input, toPath: folder.path("in/" + name))
    }
    let run = try runBitext(["align", folder.path("in"), "--out-dir", folder.path("out")])
    #expect(run.status == 0, "\(run.error)")
    let outputs = Set(try FileManager.default.contentsOfDirectory(atPath: folder.path("out")))
    for name in ["essay.v1", "essay.v2", "a.txt", "a.md"] {
      #expect(outputs.contains(name + ".tmx") && outputs.contains(name + ".jsonl"), "\(name)")
    }
  }

  @Test("Changing an option re-runs a batch document; the same options skip it")
  func optionsRecorded() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    _ = try sample(in: folder)
    let manifest = try folder.write(
      "m.json", #"{"documents": [{"name": "essay", "inputs": ["essay.txt"]}]}"#)
    let out = folder.path("out")
    #expect(try runBitext(["align", "--manifest", manifest, "--out-dir", out]).status == 0)
    let again = try runBitext(["align", "--manifest", manifest, "--out-dir", out])
    #expect(again.output.contains("up to date"))
    let changed = try runBitext([
      "align", "--manifest", manifest, "--out-dir", out, "--min-confidence", "0.9",
    ])
    #expect(changed.status == 0 && !changed.output.contains("up to date"), "\(changed.output)")
    let tmx = try String(contentsOfFile: out + "/essay.tmx", encoding: .utf8)
    #expect(tmx.contains("<prop type=\"x-bitext-options\">min_confidence=0.9"))
  }
}
