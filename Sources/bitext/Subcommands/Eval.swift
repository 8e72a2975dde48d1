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
        try ManifestEvaluation(manifest: manifest, options: options, json: json).run()
        return
      }
      if let beads {
        let scores: (tmx: BeadScore, path: BeadScore)
        do {
          scores = try BeadEvaluation.score(alignment: alignment!, reference: beads)
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

/// `bitext eval --manifest`: align each document with a reference and score it.
struct ManifestEvaluation {
  let manifest: String
  let options: AlignmentOptions
  let json: Bool

  func run() throws {
    let jobs: [BatchJob]
    do { jobs = try Manifest.load(path: manifest).filter { $0.reference != nil } } catch {
      throw Diagnostics.fail(error)
    }
    guard !jobs.isEmpty else {
      throw Diagnostics.fail(BitextError(.empty, "\(manifest): no document names a reference"))
    }
    let pipeline = try options.pipeline()
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "bitext-eval-\(getpid())"
    ).path
    defer { try? FileManager.default.removeItem(atPath: folder) }
    var runner = BatchRunner(
      aligner: pipeline.aligner, outputFolder: folder, minimumConfidence: options.minConfidence)
    runner.force = true
    var rows: [[String: Any]] = []
    var beadRows: [(String, BeadScore, BeadScore)] = []
    var failed = false
    for job in jobs {
      let outcome = runner.process(job)
      if case .failed(let reason) = outcome.status {
        Diagnostics.warning("\(job.name): \(reason)")
        failed = true
        continue
      }
      if job.reference!.hasSuffix(".align") {
        do {
          let (tmx, path) = try BeadEvaluation.score(
            alignment: runner.outputs(job).jsonl, reference: job.reference!)
          beadRows.append((job.name, tmx, path))
        } catch {
          Diagnostics.warning("\(job.name): \(error.message)")
          failed = true
        }
        continue
      }
      let referenceFolder = URL(fileURLWithPath: job.inputs[0]).deletingLastPathComponent().path
      do {
        let score = try AlignmentFile.evaluate(
          path: runner.outputs(job).tmx, referencePath: job.reference!,
          sourceFolder: referenceFolder)
        rows.append([
          "document": job.name, "pairs": score.pairs, "precision": score.precision,
          "recall": score.recall,
          "f1": score.f1, "strict_precision": score.strictPrecision,
          "strict_recall": score.strictRecall,
        ])
      } catch {
        Diagnostics.warning("\(job.name): \(error)")
        failed = true
      }
    }
    if !beadRows.isEmpty {
      let total = beadRows.reduce((BeadScore(), BeadScore())) { ($0.0 + $1.1, $0.1 + $1.2) }
      if json {
        for (name, tmx, path) in beadRows {
          rows.append([
            "document": name, "tmx": BeadEvaluation.object(tmx),
            "path": BeadEvaluation.object(path),
          ])
        }
        rows.append([
          "document": "all", "tmx": BeadEvaluation.object(total.0),
          "path": BeadEvaluation.object(total.1),
        ])
      } else {
        print(
          "| document | TMX strict P | TMX strict R | TMX strict F1 | path strict P | path strict R | path strict F1 | path lax F1 |"
        )
        print("|---|---|---|---|---|---|---|---|")
        for (name, tmx, path) in beadRows + [("all", total.0, total.1)] {
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
    } else if !rows.isEmpty {
      print("| document | pairs | link P | link R | link F1 | bead P | bead R |")
      print("|---|---|---|---|---|---|---|")
      for row in rows {
        print(
          String(
            format: "| %@ | %d | %.3f | %.3f | %.3f | %.3f | %.3f |", row["document"] as! String,
            row["pairs"] as! Int, row["precision"] as! Double, row["recall"] as! Double,
            row["f1"] as! Double, row["strict_precision"] as! Double,
            row["strict_recall"] as! Double))
      }
    }
    if failed { throw ExitCode.failure }
  }
}

/// Scoring by beads (Vecalign/Bertalign bead files).
enum BeadEvaluation {
  /// Scores of the TMX pairs and of the whole path of `alignment` against `reference`.
  static func score(alignment: String, reference: String) throws(BitextError) -> (
    tmx: BeadScore, path: BeadScore
  ) {
    let gold = try BeadList.load(path: reference)
    return (
      BeadScore(test: try AlignmentFile.beads(path: alignment, exportedOnly: true), reference: gold),
      BeadScore(test: try AlignmentFile.beads(path: alignment, exportedOnly: false), reference: gold)
    )
  }

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
