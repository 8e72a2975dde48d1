import Bitext
import Foundation
import Testing
import _BitextTestSupport

@Suite("Manifests and folders")
struct ManifestTests {
  @Test("A manifest lists mixed files and zh/en pairs, resolves paths and reads options")
  func parse() throws {
    let json = """
      {"documents": [
        {"inputs": ["a/essay.txt"]},
        {"name": "pair", "zh": "b/x.zh.txt", "en": "/abs/x.en.txt",
         "options": {"min_confidence": 0.7, "zh_code": "zh-HK", "split": "lines"},
         "reference": "refs/pair.json"}
      ]}
      """
    let jobs = try Manifest.parse(Data(json.utf8), base: URL(fileURLWithPath: "/data/corpus"))
    #expect(jobs.map(\.name) == ["essay", "pair"])
    #expect(jobs[0].inputs == ["/data/corpus/a/essay.txt"])
    #expect(jobs[1].inputs == ["/data/corpus/b/x.zh.txt", "/abs/x.en.txt"])
    #expect(jobs[1].options.minConfidence == 0.7 && jobs[1].options.zhCode == "zh-HK")
    #expect(jobs[1].options.split == "lines")
    #expect(jobs[1].reference == "/data/corpus/refs/pair.json")
  }

  @Test(
    "Malformed manifests are clear errors",
    arguments: [
      "not json", "{\"files\": []}", "{\"documents\": [{\"name\": \"x\"}]}",
      "{\"documents\": [{\"inputs\": [\"a\", \"b\", \"c\"]}]}",
    ])
  func malformed(text: String) {
    do {
      _ = try Manifest.parse(Data(text.utf8), base: URL(fileURLWithPath: "/"))
      Issue.record("expected an error for \(text)")
    } catch {
      #expect(error.code == .malformed)
    }
  }

  @Test("Files are paired by name; other text files are mixed documents")
  func pairing() {
    let jobs = DirectoryPairing.jobs(forFileNames: [
      "a.zh.txt", "a.en.txt", "b-zh.md", "b-en.md", "c_zh.txt", "c_en.txt", "mixed.txt",
      "lonely.zh.txt",
    ])
    #expect(jobs.map(\.0) == ["a", "b", "c", "lonely-zh", "mixed"])
    #expect(jobs.first { $0.0 == "b" }?.1 == ["b-zh.md", "b-en.md"])
    #expect(jobs.first { $0.0 == "mixed" }?.1 == ["mixed.txt"])
  }
}

@Suite("Batch runs")
struct BatchRunTests {
  private func runner(_ folder: String) -> BatchRunner {
    var runner = BatchRunner(aligner: Aligner(), outputFolder: folder, minimumConfidence: 0.5)
    runner.concurrency = 2
    return runner
  }

  @Test("A failing document is reported and the others finish; outputs are written")
  func failureIsolation() async throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let good = try folder.write(
      "good.txt",
      "1662年，凯瑟琳嫁给查理二世。\n\n1848年，福琼前往福建。\n\nIn 1662, Catherine married Charles II.\n\nIn 1848, Fortune travelled to Fujian.\n"
    )
    let empty = try folder.write("empty.txt", "")
    let binary = try folder.write("binary.txt", bytes: [0, 1, 2, 3, 0, 255])
    let jobs = [
      BatchJob(name: "good", inputs: [good]), BatchJob(name: "empty", inputs: [empty]),
      BatchJob(name: "binary", inputs: [binary]),
      BatchJob(name: "missing", inputs: [folder.path("missing.txt")]),
    ]
    let out = folder.path("out")
    let outcomes = await runner(out).run(jobs) { _, _, _ in }
    #expect(outcomes.map(\.name) == ["good", "empty", "binary", "missing"])
    #expect(outcomes[0].status == .aligned && outcomes[0].pairs == 2)
    for outcome in outcomes.dropFirst() {
      guard case .failed(let reason) = outcome.status else {
        Issue.record("\(outcome.name) should fail")
        continue
      }
      #expect(!reason.isEmpty)
    }
    #expect(FileManager.default.fileExists(atPath: out + "/good.tmx"))
    #expect(FileManager.default.fileExists(atPath: out + "/good.jsonl"))
    #expect(!FileManager.default.fileExists(atPath: out + "/empty.tmx"))
  }

  @Test("Up-to-date documents are skipped; force or a newer input redoes them")
  func skipping() async throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let input = try folder.write(
      "doc.txt", "1662年，凯瑟琳嫁给查理二世。\n\nIn 1662, Catherine married Charles II.\n")
    let jobs = [BatchJob(name: "doc", inputs: [input])]
    var batch = runner(folder.path("out"))
    #expect(await batch.run(jobs) { _, _, _ in }.first?.status == .aligned)
    let second = await batch.run(jobs) { _, _, _ in }.first
    #expect(second?.status == .skipped)
    #expect(second?.pairs == 1)  // figures read back from the JSONL
    batch.force = true
    #expect(await batch.run(jobs) { _, _, _ in }.first?.status == .aligned)
    batch.force = false
    try FileManager.default.setAttributes(
      [.modificationDate: Date().addingTimeInterval(60)], ofItemAtPath: input)
    #expect(await batch.run(jobs) { _, _, _ in }.first?.status == .aligned)
  }

  @Test("Exported pairs of finished documents merge into one TMX list")
  func merged() async throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let a = try folder.write(
      "a.txt", "1662年，凯瑟琳嫁给查理二世。\n\nIn 1662, Catherine married Charles II.\n")
    let b = try folder.write("b.txt", "1848年，福琼前往福建。\n\nIn 1848, Fortune travelled to Fujian.\n")
    let jobs = [BatchJob(name: "a", inputs: [a]), BatchJob(name: "b", inputs: [b])]
    let batch = runner(folder.path("out"))
    _ = await batch.run(jobs) { _, _, _ in }
    let units = batch.exportedUnits(jobs, zhCode: nil)
    #expect(units.map(\.document) == ["a", "b"])
    #expect(units.allSatisfy { $0.zhCode == "zh-CN" })
  }
}

@Suite("The project's manifests")
struct ProjectManifestTests {
  @Test("The samples manifest names files and references that exist")
  func samples() throws {
    let jobs = try Manifest.load(
      path: Seeds.packageRoot.appendingPathComponent("Alignments/manifests/samples.json").path)
    #expect(jobs.count == 3)
    for job in jobs {
      #expect(job.inputs.allSatisfy { FileManager.default.fileExists(atPath: $0) }, "\(job.inputs)")
      #expect(job.reference.map { FileManager.default.fileExists(atPath: $0) } == true)
    }
  }

  @Test(
    "The seeds manifest points at every seed in ../shared",
    .enabled(if: Seeds.available, Seeds.skipReason))
  func seeds() throws {
    let jobs = try Manifest.load(
      path: Seeds.packageRoot.appendingPathComponent("Alignments/manifests/seeds.json").path)
    let listed = Set(jobs.flatMap(\.inputs).map { URL(fileURLWithPath: $0).lastPathComponent })
    let present = Set(Seeds.documents.map { URL(fileURLWithPath: $0).lastPathComponent })
    #expect(listed == present)
    for job in jobs {
      #expect(job.inputs.allSatisfy { FileManager.default.fileExists(atPath: $0) })
    }
  }
}
