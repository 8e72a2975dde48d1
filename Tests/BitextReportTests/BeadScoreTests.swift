import Bitext
import Foundation
import Testing
import _BitextTestSupport

@Suite("Bead scoring (Sennrich & Volk, as Vecalign and Bertalign)")
struct BeadScoreTests {
  @Test("Bead files parse, one-sided beads included; a bad line is an error with its number")
  func parsing() throws {
    let list = try BeadList.parse("[0,1]:[0]\n[2]:[1, 2]\n\n[3]:[]\n[]:[3]\n")
    #expect(list.beads.count == 4)
    #expect(list.beads[1] == BeadList.Bead(zh: [2], en: [1, 2]))
    #expect(list.beads[2].en.isEmpty && list.beads[3].zh.isEmpty)
    #expect(try BeadList.parse(list.text) == list)
    for bad in ["[0]:[0]\n[1]-[1]\n", "[0]:[x]\n", "[0]:[-1]\n", "0:1\n"] {
      #expect(throws: BitextError.self) { try BeadList.parse(bad) }
    }
  }

  @Test("Strict and lax precision and recall with known answers")
  func knownAnswers() throws {
    let gold = try BeadList.parse("[0]:[0]\n[1]:[1,2]\n[2]:[3]\n[3]:[]\n")
    // Right: [0]:[0]. Lax only: [1]:[1] (part of [1]:[1,2]). Wrong: [2]:[2]. One-sided
    // [3]:[] matches the reference's; [] :[3] has no counterpart in the reference.
    let test = try BeadList.parse("[0]:[0]\n[1]:[1]\n[2]:[2]\n[3]:[]\n[]:[3]\n")
    let score = BeadScore(test: test, reference: gold)
    // Precision over 5 test beads: strict hits 2 ([0]:[0], [3]:[]); lax adds [1]:[1].
    #expect(score.precisionCounts == [2, 3, 3, 2])
    #expect(abs(score.strictPrecision - 0.4) < 1e-9)
    #expect(abs(score.laxPrecision - 0.6) < 1e-9)
    // Recall over the 3 reference beads with both sides: [0]:[0] found; [1]:[1,2] found
    // laxly (test has [1]:[1]); [2]:[3] not found.
    #expect(score.recallCounts == [1, 2, 2, 1])
    #expect(abs(score.strictRecall - 1.0 / 3) < 1e-9)
    let total = score + score
    #expect(total.precisionCounts == [4, 6, 6, 4])
    #expect(abs(total.strictF1 - score.strictF1) < 1e-9)
  }

  @Test("eval --beads scores a --split lines JSONL: the TMX's pairs and the whole path")
  func command() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let jsonl = folder.path("lantern.jsonl")
    let align = try runBitext([
      "align", "--zh", Seeds.sample("lantern.zh.lines"), "--en", Seeds.sample("lantern.en.lines"),
      "--split", "lines", "--jsonl", jsonl, "--no-lexicon",
    ])
    #expect(align.status == 0, "\(align.error)")
    let run = try runBitext([
      "eval", "--beads", Seeds.projectReference("lantern.align"), jsonl, "--json",
    ])
    #expect(run.status == 0, "\(run.error)")
    let object = try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as! [String: Any]
    let path = object["path"] as! [String: Double]
    let tmx = object["tmx"] as! [String: Double]
    for key in ["strict_precision", "strict_recall", "strict_f1", "lax_f1"] {
      #expect((0...1).contains(path[key]!) && (0...1).contains(tmx[key]!))
    }
    // A reference scored against itself is perfect.
    let itself = try runBitext([
      "eval", "--beads", Seeds.projectReference("lantern.align"),
      Seeds.projectReference("lantern.align"),
    ])
    #expect(itself.output.contains("path  strict P 1.000 R 1.000 F1 1.000"), "\(itself.output)")
  }
}
