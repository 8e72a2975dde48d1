import ArgumentParser
import Bitext
import Foundation

extension BitextCommand {
  struct Eval: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "eval",
      abstract: "Score an alignment (TMX or JSONL) against a reference sentence alignment.",
      discussion: """
        Link precision, recall and F1 (recall over required beads), strict bead precision
        and recall, then the wrong and the missed pairs. The reference format is described
        in Alignments/README.md; the figures match shared/eval/tmxeval.py.

        Examples:
          bitext eval --gold Alignments/references/tea-essay.json Alignments/out/tea.tmx
          bitext eval --gold ../shared/gold/001_6733f28e44e09408.json out.jsonl --source ../shared/seeds --json
        """)

    @Option(help: "The reference alignment (JSON).")
    var gold: String

    @Option(help: "Folder with the reference's source files (default: seeds/ or samples/ beside it).")
    var source: String?

    @Argument(help: "The alignment to score: a .tmx file or a .jsonl file from bitext align.")
    var alignment: String

    @Flag(help: "Print the figures as one JSON object.")
    var json = false

    @Option(help: "How many wrong and missed pairs to list.")
    var show = 10

    func run() throws {
      let score: AlignmentScore
      do {
        score = try AlignmentFile.evaluate(path: alignment, referencePath: gold, sourceFolder: source)
      } catch {
        throw Diagnostics.fail(error)
      }
      if json {
        let object: [String: Any] = [
          "pairs": score.pairs, "duplicates": score.duplicates, "unlocated": score.unlocated,
          "pred_links": score.predictedLinks, "gold_links": score.referenceLinks,
          "precision": round4(score.precision), "recall": round4(score.recall), "f1": round4(score.f1),
          "strict_precision": round4(score.strictPrecision), "strict_recall": round4(score.strictRecall),
          "wrong": score.wrong.map { ["zh": $0.zh, "en": $0.en] },
          "missed": score.missed.map { ["zh": $0.zh, "en": $0.en] },
        ]
        let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
        print(String(decoding: data, as: UTF8.self))
        return
      }
      print(
        String(
          format: "links P %.3f R %.3f F1 %.3f | beads strict P %.3f R %.3f | %d pairs, %d unlocated, %d repeated",
          score.precision, score.recall, score.f1, score.strictPrecision, score.strictRecall,
          score.pairs, score.unlocated, score.duplicates))
      for (title, list) in [("wrong", score.wrong), ("missed", score.missed)] where !list.isEmpty {
        print("\(title) (\(list.count)):")
        for pair in list.prefix(show) {
          print("  \(pair.zh.prefix(40)) ↔ \(pair.en.prefix(80))")
        }
      }
    }

    private func round4(_ value: Double) -> Double { (value * 10000).rounded() / 10000 }
  }
}
