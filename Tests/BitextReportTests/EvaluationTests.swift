import Bitext
import Foundation
import Testing
import _BitextTestSupport

/// A hand-made source and reference with known answers.
private let source = """
  第一句。第二句很长。第三句。
  First sentence. Second part one. Second part two. Third sentence.
  """

private func reference(optionalThird: Bool = false) throws -> Reference {
  let folder = try TemporaryFolder()
  defer { folder.remove() }
  let third = optionalThird ? ", \"optional\": true" : ""
  let path = try folder.write(
    "ref.json",
    """
    {"source": "s.txt", "beads": [
      {"kind": "body", "zh": ["第一句。"], "en": ["First sentence."]},
      {"kind": "body", "zh": ["第二句很长。"], "en": ["Second part one.", "Second part two."]},
      {"kind": "body", "zh": ["第三句。"], "en": ["Third sentence."]\(third)}
    ]}
    """)
  return try Reference.load(path: path)
}

@Suite("Scoring against a reference")
struct EvaluationTests {
  @Test("A perfect alignment scores 1 everywhere")
  func perfect() throws {
    let score = AlignmentScore(
      pairs: [
        ("第一句。", "First sentence."), ("第二句很长。", "Second part one. Second part two."),
        ("第三句。", "Third sentence."),
      ],
      reference: try reference(), zhSource: source)
    #expect(score.precision == 1 && score.recall == 1 && score.f1 == 1)
    #expect(score.strictPrecision == 1 && score.strictRecall == 1)
  }

  @Test("Splitting a 1-2 bead keeps precision, loses one link of recall and the strict bead")
  func partial() throws {
    let score = AlignmentScore(
      pairs: [
        ("第一句。", "First sentence."), ("第二句很长。", "Second part one."), ("第三句。", "Third sentence."),
      ],
      reference: try reference(), zhSource: source)
    #expect(score.precision == 1)
    #expect(score.recall == 0.75)  // 3 of 4 links
    #expect(abs(score.strictRecall - 2.0 / 3.0) < 1e-9)
    #expect(score.missed.count == 1)
  }

  @Test("A wrong pair costs precision and is listed")
  func wrong() throws {
    let score = AlignmentScore(
      pairs: [("第一句。", "Third sentence."), ("第三句。", "Third sentence.")],
      reference: try reference(), zhSource: source)
    #expect(score.precision == 0.5)
    #expect(score.recall == 0.25)
    #expect(score.wrong.count == 1)
  }

  @Test("Optional beads count for precision, not for recall; repeats are scored once")
  func optionalAndRepeats() throws {
    let score = AlignmentScore(
      pairs: [
        ("第一句。", "First sentence."), ("第一句。", "First sentence."), ("第三句。", "Third sentence."),
      ],
      reference: try reference(optionalThird: true), zhSource: source)
    #expect(score.precision == 1)
    #expect(score.recall == 1.0 / 3.0)
    #expect(score.duplicates == 1)
  }

  @Test(
    "Agrees with shared/eval/tmxeval.py within 0.01",
    .enabled(if: Seeds.available, Seeds.skipReason))
  func agreesWithReferenceScorer() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let shared = Seeds.shared!
    let seeds = shared.appendingPathComponent("seeds").path
    for prefix in ["001", "003"] {
      // A deliberately imperfect alignment: every pair of the reference shifted by one.
      let gold = try Reference.load(path: Seeds.reference(prefix)!)
      var lines: [String] = []
      for (a, b) in zip(gold.beads, gold.beads.dropFirst(2)) {
        let record: [String: Any] = [
          "type": "pair", "zh": ["text": a.zh.map(\.text).joined()],
          "en": ["text": b.en.map(\.text).joined()],
        ]
        lines.append(
          String(decoding: try JSONSerialization.data(withJSONObject: record), as: UTF8.self))
      }
      for bead in gold.beads.prefix(20) {
        let record: [String: Any] = [
          "type": "pair", "zh": ["text": bead.zh.map(\.text).joined()],
          "en": ["text": bead.en.map(\.text).joined(separator: " ")],
        ]
        lines.append(
          String(decoding: try JSONSerialization.data(withJSONObject: record), as: UTF8.self))
      }
      let path = try folder.write("\(prefix).jsonl", lines.joined(separator: "\n") + "\n")
      let pairs = lines.compactMap { line -> (zh: String, en: String)? in
        let o = try! JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any]
        return ((o["zh"] as! [String: String])["text"]!, (o["en"] as! [String: String])["text"]!)
      }
      let mine = AlignmentScore(
        pairs: pairs, reference: gold,
        zhSource: try String(contentsOfFile: seeds + "/" + gold.source, encoding: .utf8))
      let process = Process()
      process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
      process.arguments = [
        "python3", shared.appendingPathComponent("eval/tmxeval.py").path, Seeds.reference(prefix)!,
        path, seeds,
        "--json",
      ]
      let output = folder.path("\(prefix).out")
      _ = FileManager.default.createFile(atPath: output, contents: nil)
      let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: output))
      process.standardOutput = handle
      try process.run()
      process.waitUntilExit()
      try handle.close()
      let data = try Data(contentsOf: URL(fileURLWithPath: output))
      let theirs = try JSONSerialization.jsonObject(with: data) as! [String: Any]
      for (key, value) in [("precision", mine.precision), ("recall", mine.recall), ("f1", mine.f1)]
      {
        #expect(
          abs((theirs[key] as! Double) - value) <= 0.01,
          "\(prefix) \(key): \(theirs[key]!) vs \(value)")
      }
    }
  }
}
