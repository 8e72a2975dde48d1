import ArgumentParser
import Bitext
import Foundation

private func isDirectory(_ path: String) -> Bool {
  var directory: ObjCBool = false
  return FileManager.default.fileExists(atPath: path, isDirectory: &directory)
    && directory.boolValue
}

extension BitextCommand {
  struct Align: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Align Chinese and English sentences and write a TMX translation memory.",
      discussion: """
        Give one mixed file (a Chinese translation and the English original, a journal
        issue with English abstracts …) or two files, Chinese and English, in either order.
        Pairs at or above --min-confidence go to the TMX; --jsonl writes every pair (marked
        "exported": false when below) and every sentence left without a partner.

        Examples:
          bitext align Alignments/samples/tea-essay.txt -o Alignments/out/tea.tmx --html Alignments/out/tea.html
          bitext align zh.txt en.txt -o memory.tmx --jsonl memory.jsonl
          bitext align --zh chinese.txt --en english.txt -o memory.tmx
          bitext align zh.lines en.lines --split lines --jsonl out.jsonl
          bitext align essay.txt -o memory.tmx --zh-code zh-HK --en-code en-US
          bitext align --manifest Alignments/manifests/samples.json --out-dir Alignments/out/batch
          bitext align corpus/ --out-dir out/ --merged out/all.tmx

        Batch mode (--manifest, or a folder as input) aligns documents in parallel and
        writes NAME.tmx and NAME.jsonl per document and summary.tsv into --out-dir. In a
        folder, x.zh.txt/x.en.txt (or x-zh.md/x-en.md) are paired; other files are mixed
        documents. Documents whose outputs are newer than their inputs are skipped
        (--force redoes them); a failing document does not stop the others.
        """)

    @Argument(help: "One mixed file, a Chinese file and an English file, or a folder.")
    var inputs: [String] = []

    @Option(help: "The Chinese file, when the two files' languages should not be detected.")
    var zh: String?

    @Option(help: "The English file (with --zh).")
    var en: String?

    @Option(help: "A JSON manifest listing documents to align (batch mode).")
    var manifest: String?

    @Option(help: "Folder for batch outputs (NAME.tmx, NAME.jsonl, summary.tsv).")
    var outDir: String?

    @Option(help: "In batch mode, also write every exported pair into this one TMX.")
    var merged: String?

    @Flag(help: "In batch mode, redo documents whose outputs are up to date.")
    var force = false

    @Option(
      name: [.short, .customLong("output")],
      help: "The TMX file to write; - for standard output (written once the TMX is complete).")
    var output: String?

    @Option(
      help: "Also write the alignment as JSON Lines (pairs and unaligned sentences); - for standard output.")
    var jsonl: String?

    @Option(help: "Also write a self-contained HTML report (as `bitext report --html`).")
    var html: String?

    @OptionGroup var alignment: AlignmentOptions
    @OptionGroup var tmx: TMXOptions

    private var isBatch: Bool {
      manifest != nil || (inputs.count == 1 && isDirectory(inputs[0]))
    }

    func validate() throws {
      if isBatch {
        guard outDir != nil else { throw ValidationError("batch mode needs --out-dir DIR") }
        guard manifest == nil || inputs.isEmpty else {
          throw ValidationError("give either --manifest or input files, not both")
        }
        return
      }
      if zh != nil || en != nil {
        guard zh != nil, en != nil, inputs.isEmpty else {
          throw ValidationError("--zh and --en go together, without other input files")
        }
      } else {
        guard (1...2).contains(inputs.count) else {
          throw ValidationError("give one mixed file or two files (Chinese and English)")
        }
      }
      guard output != nil || jsonl != nil || html != nil else {
        throw ValidationError(
          "nothing to write: give -o OUT.tmx, --jsonl OUT.jsonl and/or --html OUT.html")
      }
      guard !(output == "-" && jsonl == "-") else {
        throw ValidationError("-o - and --jsonl - would both write to standard output: choose one")
      }
    }

    func run() async throws {
      if !isBatch {
        do {
          try OutputSafety.check(
            outputs: [output == "-" ? nil : output, jsonl == "-" ? nil : jsonl, html].compactMap {
              $0
            },
            inputs: inputs + [zh, en].compactMap { $0 })
          if let output, output != "-" { try OutputSafety.checkExistingContent(output, is: .tmx) }
          if let jsonl, jsonl != "-" {
            try OutputSafety.checkExistingContent(jsonl, is: .jsonLines)
          }
          if let html { try OutputSafety.checkExistingContent(html, is: .html) }
        } catch {
          throw Diagnostics.fail(error)
        }
      }
      var pipeline = try alignment.pipeline()
      tmx.configure(&pipeline)
      if isBatch {
        let jobs: [BatchJob]
        if let manifest {
          do { jobs = try Manifest.load(path: manifest) } catch { throw Diagnostics.fail(error) }
        } else {
          jobs = DirectoryPairing.jobs(in: inputs[0])
        }
        guard !jobs.isEmpty else {
          throw Diagnostics.fail(BitextError(.empty, "no documents to align"))
        }
        try await BatchAlign(
          jobs: jobs, outputFolder: outDir!, merged: merged, force: force, pipeline: pipeline,
          options: alignment, tmx: tmx
        ).run()
        return
      }
      let result: Pipeline.Result
      do {
        if let zh, let en {
          result = try pipeline.align(zh: zh, en: en)
        } else {
          result = try pipeline.align(inputs: inputs)
        }
      } catch {
        throw Diagnostics.fail(error)
      }
      for warning in result.alignment.warnings { Diagnostics.warning(warning) }
      let threshold = alignment.minConfidence
      do {
        let records = pipeline.records(result, minimumConfidence: threshold)
        if jsonl == "-" {
          for record in records { print(record.jsonLine) }
        } else if let jsonl {
          prepareOutput(jsonl)
          let file = try AtomicFile(path: jsonl)
          for record in records { try file.write(record.jsonLine + "\n") }
          try file.commit()
        }
        if let html {
          prepareOutput(html)
          let file = try AtomicFile(path: html)
          try file.write(
            HTMLReport.render(
              records: records, summary: ReportSummary(document: result.name, records: records),
              threshold: threshold))
          try file.commit()
        }
        if let output {
          // To standard output: the TMX is written (atomically) to a temporary file first,
          // so nothing is printed unless it is complete.
          let target =
            output == "-"
            ? FileManager.default.temporaryDirectory.appendingPathComponent(
              "bitext-\(getpid())-\(UUID().uuidString).tmx"
            ).path : output
          defer { if output == "-" { try? FileManager.default.removeItem(atPath: target) } }
          prepareOutput(target)
          let summary = try tmx.write(
            pipeline.translationUnits(result, minimumConfidence: threshold), to: target,
            sourceLanguage: pipeline.chineseCode(result), secondLanguage: pipeline.englishCode)
          if output == "-", let data = FileManager.default.contents(atPath: target) {
            FileHandle.standardOutput.write(data)
          }
          let a = result.alignment
          let (first, second) = (
            LanguagePair.name(pipeline.languages.first), LanguagePair.name(pipeline.languages.second)
          )
          Diagnostics.note(
            "\(result.name): \(a.beads.count) pairs, \(summary.units) written to "
              + (output == "-" ? "standard output" : output)
              + " (confidence ≥ \(threshold)); \(a.unalignedZh.count) of \(a.zh.count) \(first) and "
              + "\(a.unalignedEn.count) of \(a.en.count) \(second) sentences unaligned")
        }
      } catch {
        throw Diagnostics.fail(error)
      }
    }
  }
}
