public import ArgumentParser
import Bitext
import Foundation

extension BitextCommand {
  struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Summarise an alignment and show it side by side, in the terminal or as HTML.",
      discussion: """
        Give the document(s) to align, or one .jsonl file written by `bitext align --jsonl`.

        Examples:
          bitext report Alignments/samples/tea-essay.txt
          bitext report Alignments/out/tea.jsonl --show low
          bitext report zh.txt en.txt --show all --width 140
          bitext report essay.txt --html Alignments/out/essay.html
          bitext report essay.txt --json
        """)

    @Argument(help: "One mixed file, a Chinese and an English file, or an alignment .jsonl.")
    var inputs: [String]

    @Option(help: "Show pairs side by side: low (below the threshold), all, or unaligned.")
    var show: SideBySideView.Selection?

    @Option(help: "Write a self-contained HTML report to this file.")
    var html: String?

    @Flag(help: "Print the summary as JSON.")
    var json = false

    @Option(help: "Terminal width for the side-by-side view (default: $COLUMNS or 100).")
    var width: Int?

    @OptionGroup var alignment: AlignmentOptions

    func validate() throws {
      guard (1...2).contains(inputs.count) else {
        throw ValidationError("give one or two documents, or one .jsonl alignment")
      }
    }

    func run() throws {
      if let html {
        do {
          try OutputSafety.check(outputs: [html], inputs: inputs)
          try OutputSafety.checkExistingContent(html, is: .html)
        } catch {
          throw Diagnostics.fail(error)
        }
      }
      let (name, records) = try loadRecords()
      let summary = ReportSummary(document: name, records: records)
      if json {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        print(String(decoding: try encoder.encode(summary), as: UTF8.self))
      } else {
        print(ReportText.summary(summary, records: records, threshold: alignment.minConfidence))
      }
      if let show {
        let columns =
          width ?? ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init) ?? 100
        let view = SideBySideView(
          width: columns, color: Diagnostics.stdoutIsTerminal, threshold: alignment.minConfidence)
        print("")
        for line in view.render(records, selection: show) { print(line) }
      }
      if let html {
        prepareOutput(html)
        do {
          let file = try AtomicFile(path: html)
          try file.write(
            HTMLReport.render(
              records: records, summary: summary, threshold: alignment.minConfidence))
          try file.commit()
          Diagnostics.note("wrote \(html)")
        } catch {
          throw Diagnostics.fail(error)
        }
      }
    }

    private func loadRecords() throws -> (String, [AlignmentRecord]) {
      do {
        if inputs.count == 1, inputs[0].hasSuffix(".jsonl") {
          return (inputs[0], try AlignmentFile.records(path: inputs[0]))
        }
        let pipeline = try alignment.pipeline()
        let result = try pipeline.align(inputs: inputs)
        for warning in result.alignment.warnings { Diagnostics.warning(warning) }
        let records = pipeline.records(result, minimumConfidence: alignment.minConfidence)
        return (result.name, records)
      } catch let error as BitextError {
        throw Diagnostics.fail(error)
      }
    }
  }
}

extension SideBySideView.Selection: ExpressibleByArgument {}

/// The one-screen text summary.
enum ReportText {
  static func summary(_ s: ReportSummary, records: [AlignmentRecord], threshold: Double) -> String {
    func percent(_ x: Double) -> String { String(format: "%.0f%%", x * 100) }
    var lines =
      [
        "\(s.document)",
        "  sentences   zh \(s.zhSentences), en \(s.enSentences)",
        "  aligned     zh \(s.zhAligned) (\(percent(s.zhShare))), en \(s.enAligned) (\(percent(s.enShare)))",
        "  pairs       \(s.pairs), \(s.exported) exported (confidence ≥ \(threshold))",
        "  regions     \(s.regionsPaired) paired, \(s.regionsLeft) left unaligned (3+ sentences)",
      ]
      + s.regions.prefix(8).map { region in
        "                zh lines \(region.zhLines.lowerBound)–\(region.zhLines.upperBound) ↔ en lines "
          + "\(region.enLines.lowerBound)–\(region.enLines.upperBound): \(region.pairs) pairs"
      } + [
        "  shapes      "
          + s.shapes.sorted { $0.value > $1.value }.map { "\($0.key) ×\($0.value)" }.joined(
            separator: ", "),
        "  confidence  " + histogram(s.confidenceHistogram),
        String(
          format: "  length      median en/zh ratio %.2f, %d outliers", s.medianLengthRatio,
          s.lengthOutliers),
        "  numbers     \(s.numberMismatches) pairs with a number on one side only",
      ]
    if !s.weakest.isEmpty {
      lines.append("  weakest pairs:")
      for index in s.weakest {
        let r = records[index]
        lines.append(
          String(format: "    %.2f  ", r.confidence ?? 0)
            + "\(r.zh?.text.prefix(24) ?? "") ↔ \(r.en?.text.prefix(50) ?? "")")
      }
    }
    return lines.joined(separator: "\n")
  }

  /// `0.0▁ 0.1▁ … 0.9█` style bars.
  static func histogram(_ bins: [Int]) -> String {
    let bars = Array("▁▂▃▄▅▆▇█")
    let top = max(1, bins.max() ?? 1)
    let shown = bins.map { $0 == 0 ? " " : String(bars[min(7, $0 * 7 / top)]) }.joined()
    return "0 [\(shown)] 1  (\(bins.map(String.init).joined(separator: " ")))"
  }
}
