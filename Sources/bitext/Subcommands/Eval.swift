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
          bitext eval --manifest Alignments/manifests/samples.json

        With --manifest, every document that names a "reference" is aligned (with the
        alignment options below) and scored, and a table of the figures is printed.

        Bead files (Vecalign/Bertalign: one bead per line, [0,1]:[2], 0-based line numbers,
        Chinese first) are scored with --beads: strict and lax bead precision, recall and F1
        (Sennrich & Volk), for the pairs in the TMX and for the whole path (every pair). The
        alignment is a bead file or the JSONL of `bitext align --split lines`. A manifest
        reference ending in .align is scored this way, with a total over the documents.
          bitext align --zh zh.lines --en en.lines --split lines --jsonl out.jsonl
          bitext eval --beads gold.align out.jsonl
          Scripts/get-mac-dev.sh && bitext eval --manifest Alignments/manifests/mac-dev.json
        """)

    @Option(help: "The reference alignment (JSON).")
    var gold: String?

    @Option(help: "A reference bead file ([0,1]:[2] per line), scored by beads.")
    var beads: String?

    @Option(
      help: "Folder with the reference's source files (default: seeds/ or samples/ beside it).")
    var source: String?

    @Option(help: "Align and score every document of a manifest that names a reference.")
    var manifest: String?

    @Argument(help: "The alignment to score: a .tmx file or a .jsonl file from bitext align.")
    var alignment: String?

    @OptionGroup var options: AlignmentOptions

    func validate() throws {
      if manifest == nil && ((gold == nil && beads == nil) || alignment == nil) {
        throw ValidationError(
          "give --gold REF.json or --beads REF.align and an alignment file, or --manifest M.json")
      }
    }

    @Flag(help: "Print the figures as one JSON object.")
    var json = false

    @Option(help: "How many wrong and missed pairs to list.")
    var show = 10

    func run() throws {
      if let manifest {
        try ManifestEvaluationCommand(manifest: manifest, options: options, json: json).run()
        return
      }
      if let beads {
        let scores: (tmx: BeadScore, path: BeadScore)
        do {
          scores = try AlignmentFile.beadScores(alignment: alignment!, reference: beads)
        } catch {
          throw Diagnostics.fail(error)
        }
        if json {
          let data = try JSONSerialization.data(
            withJSONObject: ["tmx": BeadEvaluation.object(scores.tmx),
              "path": BeadEvaluation.object(scores.path)], options: [.sortedKeys])
          print(String(decoding: data, as: UTF8.self))
        } else {
          print("tmx   " + BeadEvaluation.line(scores.tmx))
          print("path  " + BeadEvaluation.line(scores.path))
        }
        return
      }
      let score: AlignmentScore
      do {
        score = try AlignmentFile.evaluate(
          path: alignment!, referencePath: gold!, sourceFolder: source)
      } catch {
        throw Diagnostics.fail(error)
      }
      if json {
        let object: [String: Any] = [
          "pairs": score.pairs, "duplicates": score.duplicates, "unlocated": score.unlocated,
          "pred_links": score.predictedLinks, "gold_links": score.referenceLinks,
          "precision": round4(score.precision), "recall": round4(score.recall),
          "f1": round4(score.f1),
          "strict_precision": round4(score.strictPrecision),
          "strict_recall": round4(score.strictRecall),
          "wrong": score.wrong.map { ["zh": $0.zh, "en": $0.en] },
          "missed": score.missed.map { ["zh": $0.zh, "en": $0.en] },
        ]
        let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
        print(String(decoding: data, as: UTF8.self))
        return
      }
      print(
        String(
          format:
            "links P %.3f R %.3f F1 %.3f | beads strict P %.3f R %.3f | %d pairs, %d unlocated, %d repeated",
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

/// `bitext eval --manifest`: prints the figures of ``ManifestEvaluation`` as tables or JSON.
struct ManifestEvaluationCommand {
  let manifest: String
  let options: AlignmentOptions
  let json: Bool

  func run() throws {
    let evaluation: ManifestEvaluation
    do {
      evaluation = try ManifestEvaluation.run(
        manifest: manifest, aligner: try options.pipeline().aligner,
        minimumConfidence: options.minConfidence)
    } catch {
      throw Diagnostics.fail(error)
    }
    for (document, reason) in evaluation.failures { Diagnostics.warning("\(document): \(reason)") }
    var rows: [[String: Any]] = evaluation.links.map { row in
      [
        "document": row.document, "pairs": row.score.pairs, "precision": row.score.precision,
        "recall": row.score.recall, "f1": row.score.f1,
        "strict_precision": row.score.strictPrecision, "strict_recall": row.score.strictRecall,
      ]
    }
    if !evaluation.beads.isEmpty {
      let total = evaluation.beadTotal
      let beadRows = evaluation.beads.map { ($0.document, $0.tmx, $0.path) }
        + [("all", total.tmx, total.path)]
      if json {
        for (name, tmx, path) in beadRows {
          rows.append([
            "document": name, "tmx": BeadEvaluation.object(tmx),
            "path": BeadEvaluation.object(path),
          ])
        }
      } else {
        print(
          "| document | TMX strict P | TMX strict R | TMX strict F1 | path strict P | path strict R | path strict F1 | path lax F1 |"
        )
        print("|---|---|---|---|---|---|---|---|")
        for (name, tmx, path) in beadRows {
          print(
            String(
              format: "| %@ | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f |", name,
              tmx.strictPrecision, tmx.strictRecall, tmx.strictF1, path.strictPrecision,
              path.strictRecall, path.strictF1, path.laxF1))
        }
      }
    }
    if json {
      let data = try JSONSerialization.data(withJSONObject: rows, options: [.sortedKeys])
      print(String(decoding: data, as: UTF8.self))
    } else if !evaluation.links.isEmpty {
      print("| document | pairs | link P | link R | link F1 | bead P | bead R |")
      print("|---|---|---|---|---|---|---|")
      for row in evaluation.links {
        let score = row.score
        print(
          String(
            format: "| %@ | %d | %.3f | %.3f | %.3f | %.3f | %.3f |", row.document, score.pairs,
            score.precision, score.recall, score.f1, score.strictPrecision, score.strictRecall))
      }
    }
    if !evaluation.failures.isEmpty { throw ExitCode.failure }
  }
}

/// How bead scores are printed.
enum BeadEvaluation {
  static func line(_ score: BeadScore) -> String {
    String(
      format: "strict P %.3f R %.3f F1 %.3f | lax P %.3f R %.3f F1 %.3f", score.strictPrecision,
      score.strictRecall, score.strictF1, score.laxPrecision, score.laxRecall, score.laxF1)
  }

  static func object(_ score: BeadScore) -> [String: Double] {
    func round4(_ value: Double) -> Double { (value * 10000).rounded() / 10000 }
    return [
      "strict_precision": round4(score.strictPrecision), "strict_recall": round4(score.strictRecall),
      "strict_f1": round4(score.strictF1), "lax_precision": round4(score.laxPrecision),
      "lax_recall": round4(score.laxRecall), "lax_f1": round4(score.laxF1),
    ]
  }
}
