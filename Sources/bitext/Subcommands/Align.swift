import ArgumentParser
import Bitext
import Foundation

extension BitextCommand {
  struct Align: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Align Chinese and English sentences and write a TMX translation memory.",
      discussion: """
        Give one mixed file (a Chinese translation and the English original, a journal
        issue with English abstracts …) or two files, Chinese and English, in either order.
        Pairs at or above --min-confidence go to the TMX; --jsonl writes every pair (marked
        "exported": false when below) and every sentence left without a partner.

        Examples:
          bitext align Alignments/samples/tea-essay.txt -o Alignments/out/tea.tmx
          bitext align zh.txt en.txt -o memory.tmx --jsonl memory.jsonl
          bitext align zh.lines en.lines --split lines --jsonl out.jsonl
          bitext align essay.txt -o memory.tmx --zh-code zh-HK --en-code en-US
        """)

    @Argument(help: "One mixed file, or a Chinese file and an English file.")
    var inputs: [String]

    @Option(name: [.short, .customLong("output")], help: "The TMX file to write.")
    var output: String?

    @Option(help: "Also write the alignment as JSON Lines (pairs and unaligned sentences).")
    var jsonl: String?

    @OptionGroup var alignment: AlignmentOptions
    @OptionGroup var tmx: TMXOptions

    func validate() throws {
      guard (1...2).contains(inputs.count) else {
        throw ValidationError("give one mixed file or two files (Chinese and English)")
      }
      guard output != nil || jsonl != nil else {
        throw ValidationError("nothing to write: give -o OUT.tmx and/or --jsonl OUT.jsonl")
      }
    }

    func run() throws {
      var pipeline = try alignment.pipeline()
      tmx.configure(&pipeline)
      let result: Pipeline.Result
      do {
        result = try pipeline.align(inputs: inputs)
      } catch {
        throw Diagnostics.fail(error)
      }
      for warning in result.alignment.warnings { Diagnostics.warning(warning) }
      let threshold = alignment.minConfidence
      do {
        if let jsonl {
          prepareOutput(jsonl)
          let file = try AtomicFile(path: jsonl)
          for line in pipeline.jsonLines(result, minimumConfidence: threshold) {
            try file.write(line + "\n")
          }
          try file.commit()
        }
        if let output {
          prepareOutput(output)
          let summary = try tmx.write(
            pipeline.translationUnits(result, minimumConfidence: threshold), to: output,
            sourceLanguage: pipeline.chineseCode(result))
          let a = result.alignment
          Diagnostics.note(
            "\(result.name): \(a.beads.count) pairs, \(summary.units) written to \(output) "
              + "(confidence ≥ \(threshold)); \(a.unalignedZh.count) of \(a.zh.count) Chinese and "
              + "\(a.unalignedEn.count) of \(a.en.count) English sentences unaligned")
        }
      } catch {
        throw Diagnostics.fail(error)
      }
    }
  }
}
