import ArgumentParser
import Bitext
import Foundation

/// Batch mode of `bitext align`: a manifest or a folder, many documents in parallel.
struct BatchAlign {
  let jobs: [BatchJob]
  let outputFolder: String
  let merged: String?
  let force: Bool
  let pipeline: Pipeline
  let options: AlignmentOptions
  let tmx: TMXOptions

  func run() async throws {
    var runner = BatchRunner(
      aligner: pipeline.aligner, outputFolder: outputFolder,
      minimumConfidence: options.minConfidence)
    runner.force = force
    runner.englishCode = pipeline.englishCode
    runner.languages = pipeline.languages
    runner.settings = options.settingsDescription
    do {
      try runner.checkOutputs(
        jobs, extraOutputs: [runner.summaryPath] + [merged].compactMap { $0 })
      try OutputSafety.checkExistingContent(runner.summaryPath, is: .tsv)
      if let merged { try OutputSafety.checkExistingContent(merged, is: .tmx) }
      for job in jobs {
        try OutputSafety.checkExistingContent(runner.outputs(job).tmx, is: .tmx)
        try OutputSafety.checkExistingContent(runner.outputs(job).jsonl, is: .jsonLines)
      }
    } catch {
      throw Diagnostics.fail(error)
    }
    let progress = ProgressDisplay(total: jobs.count, terminal: isatty(2) != 0)
    let outcomes = await runner.run(jobs) { outcome, done, _ in
      progress.update(outcome, done: done)
    }
    progress.finish()
    print(SummaryTable.render(outcomes))
    do {
      try runner.writeSummary(outcomes)
      if let merged {
        prepareOutput(merged)
        let summary = try runner.writeMerged(
          jobs, to: merged, zhCode: tmx.zhCode, dedupe: tmx.dedupe)
        Diagnostics.note("\(merged): \(summary.units) units from \(jobs.count) documents")
        if summary.removedCharacters > 0 {
          Diagnostics.warning(
            "\(merged): removed \(summary.removedCharacters) characters that XML 1.0 does not allow")
        }
      }
    } catch {
      throw Diagnostics.fail(error)
    }
    let failed = outcomes.filter {
      if case .failed = $0.status { return true } else { return false }
    }
    if !failed.isEmpty {
      Diagnostics.note("\(failed.count) of \(outcomes.count) documents failed")
      throw ExitCode.failure
    }
  }
}

/// A progress bar on a terminal, plain lines when piped.
final class ProgressDisplay: @unchecked Sendable {
  let total: Int
  let terminal: Bool
  let start = Date()
  private var pairs = 0
  private let lock = NSLock()

  init(total: Int, terminal: Bool) {
    self.total = total
    self.terminal = terminal
  }

  func update(_ outcome: BatchRunner.Outcome, done: Int) {
    lock.lock()
    defer { lock.unlock() }
    pairs += outcome.pairs
    let elapsed = Date().timeIntervalSince(start)
    let eta = done > 0 ? elapsed / Double(done) * Double(total - done) : 0
    if terminal {
      let width = 24
      let filled = width * done / max(1, total)
      let bar =
        String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
      FileHandleOutput.standardError(
        "\r\(bar) \(done)/\(total) documents, \(pairs) pairs, \(clock(elapsed)) elapsed, ETA \(clock(eta))   "
      )
      if case .failed(let reason) = outcome.status {
        FileHandleOutput.standardError("\n\(outcome.name): failed: \(reason)\n")
      }
    } else {
      FileHandleOutput.standardError(
        "[\(done)/\(total)] \(outcome.name): \(outcome.statusDescription), \(outcome.pairs) pairs"
          + String(
            format: " (%.1fs), elapsed %@, ETA %@\n", outcome.seconds, clock(elapsed), clock(eta)))
    }
  }

  func finish() {
    if terminal { FileHandleOutput.standardError("\n") }
  }

  private func clock(_ seconds: Double) -> String {
    let s = Int(seconds.rounded())
    return String(format: "%02d:%02d", s / 60, s % 60)
  }
}

/// The table printed after a batch.
enum SummaryTable {
  static func render(_ outcomes: [BatchRunner.Outcome]) -> String {
    let nameWidth = min(40, max(8, outcomes.map(\.name.count).max() ?? 8))
    var lines = [
      "document".padding(toLength: nameWidth, withPad: " ", startingAt: 0)
        + "   pairs  zh aligned  en aligned  mean conf    time  status"
    ]
    for o in outcomes {
      lines.append(
        String(o.name.prefix(nameWidth)).padding(toLength: nameWidth, withPad: " ", startingAt: 0)
          + String(
            format: "  %6d  %9.0f%%  %9.0f%%  %9.2f  %5.1fs  ", o.pairs, o.zhShare * 100,
            o.enShare * 100,
            o.meanConfidence, o.seconds) + o.statusDescription)
    }
    return lines.joined(separator: "\n")
  }
}
