public import BitextAlignment
public import BitextCore
public import BitextExport
import BitextSegmentation
import Foundation

/// Aligns many documents in parallel (one task per document, as many at once as there are
/// cores), writing `NAME.tmx` and `NAME.jsonl` per document into one folder. A document
/// that fails is reported and the others go on; a document whose outputs are newer than
/// its inputs is skipped unless `force` is set.
public struct BatchRunner: Sendable {
  /// The aligner (its lexicon is shared by every task).
  public var aligner: Aligner
  /// Where outputs go.
  public var outputFolder: String
  /// Redo documents whose outputs are up to date.
  public var force = false
  /// Export threshold, unless a job overrides it.
  public var minimumConfidence: Double
  /// `xml:lang` for English (for the second language).
  public var englishCode = "en"
  /// The languages aligned.
  public var languages = LanguagePair.chineseEnglish
  /// Tasks at once.
  public var concurrency = max(1, ProcessInfo.processInfo.activeProcessorCount)
  /// Settings that change the output but are not in the runner (the dictionary used …),
  /// recorded with each document's options in its TMX header: outputs made with other
  /// settings are not up to date.
  public var settings = ""

  /// What happened to one document.
  public struct Outcome: Sendable {
    /// What became of the document.
    public enum Status: Sendable, Equatable {
      /// Aligned and written.
      case aligned
      /// Outputs were up to date.
      case skipped
      /// Nothing to align (no Chinese or no English text); outputs hold no pairs.
      case empty(String)
      /// The reason it failed.
      case failed(String)
    }
    /// Job name.
    public var name: String
    /// The status.
    public var status: Status
    /// Pairs found.
    public var pairs = 0
    /// Pairs exported to the TMX.
    public var exported = 0
    /// Share of Chinese sentences aligned.
    public var zhShare = 0.0
    /// Share of English sentences aligned.
    public var enShare = 0.0
    /// Mean confidence of the pairs.
    public var meanConfidence = 0.0
    /// Wall time in seconds.
    public var seconds = 0.0

    /// The status in words, as the summary table and `summary.tsv` print it.
    public var statusDescription: String {
      switch status {
      case .aligned: return "aligned"
      case .skipped: return "up to date"
      case .empty(let reason): return "no pairs: \(reason)"
      case .failed(let reason): return "FAILED: \(reason)"
      }
    }
  }

  /// Creates a runner.
  public init(aligner: Aligner, outputFolder: String, minimumConfidence: Double) {
    self.aligner = aligner
    self.outputFolder = outputFolder
    self.minimumConfidence = minimumConfidence
  }

  /// The TMX and JSONL paths of a job.
  public func outputs(_ job: BatchJob) -> (tmx: String, jsonl: String) {
    (outputFolder + "/" + job.name + ".tmx", outputFolder + "/" + job.name + ".jsonl")
  }

  /// The options a job's outputs are made with, as recorded in its TMX header
  /// (`x-bitext-options`).
  public func fingerprint(_ job: BatchJob) -> String {
    let options = job.options
    return [
      "min_confidence=\(options.minConfidence ?? minimumConfidence)",
      "zh_code=\(options.zhCode ?? "auto")", "en_code=\(englishCode)", "langs=\(languages)",
      "encoding=\(options.encoding ?? "auto")", "split=\(options.split ?? "sentences")",
      "inputs=\(job.inputs.joined(separator: "|"))", settings,
    ].filter { !$0.isEmpty }.joined(separator: "; ")
  }

  /// Throws before anything is written when the batch would destroy a file: two
  /// documents writing the same outputs, a name that is not a plain file name, an output
  /// that is an input, or an output path that is not a regular file (``OutputSafety``).
  ///
  /// - Parameter extraOutputs: Other files the run writes (summary, merged TMX).
  public func checkOutputs(_ jobs: [BatchJob], extraOutputs: [String] = []) throws(BitextError) {
    var outputs: [String] = []
    var owners: [String: String] = [:]
    for job in jobs {
      try BatchJob.validateName(job.name)
      if let other = owners[job.name.lowercased()] {
        throw BitextError(
          .invalidArgument,
          "documents \"\(other)\" and \"\(job.name)\" would write the same files in \(outputFolder)")
      }
      owners[job.name.lowercased()] = job.name
      let (tmx, jsonl) = self.outputs(job)
      outputs += [tmx, jsonl]
    }
    try OutputSafety.check(
      outputs: outputs + extraOutputs, inputs: jobs.flatMap(\.inputs))
  }

  /// Runs `jobs`; `progress` is called after each document, in completion order.
  public func run(
    _ jobs: [BatchJob], progress: @Sendable (Outcome, _ done: Int, _ total: Int) -> Void
  ) async -> [Outcome] {
    try? FileManager.default.createDirectory(
      atPath: outputFolder, withIntermediateDirectories: true)
    var outcomes = [Outcome?](repeating: nil, count: jobs.count)
    await withTaskGroup(of: (Int, Outcome).self) { group in
      var next = 0
      var done = 0
      func submit() {
        guard next < jobs.count else { return }
        let index = next
        let job = jobs[index]
        next += 1
        group.addTask { (index, self.process(job)) }
      }
      for _ in 0..<min(concurrency, jobs.count) { submit() }
      while let (index, outcome) = await group.next() {
        outcomes[index] = outcome
        done += 1
        progress(outcome, done, jobs.count)
        submit()
      }
    }
    return outcomes.map { $0! }
  }

  /// Aligns one job and writes its outputs (atomically); never throws.
  public func process(_ job: BatchJob) -> Outcome {
    let start = Date()
    var outcome = Outcome(name: job.name, status: .aligned)
    let (tmxPath, jsonlPath) = outputs(job)
    if !force, isUpToDate(job, outputs: [tmxPath, jsonlPath]),
      TMXReader.headerProperties(path: tmxPath)?["x-bitext-options"] == fingerprint(job)
    {
      outcome.status = .skipped
      if let records = try? AlignmentFile.records(path: jsonlPath) {
        fill(&outcome, records: records)
      }
      return outcome
    }
    do {
      try? FileManager.default.createDirectory(
        atPath: outputFolder, withIntermediateDirectories: true)
      var segmenter = Segmenter.Options()
      segmenter.encoding = job.options.encoding
      segmenter.linesAreSentences = job.options.split == "lines"
      var pipeline = Pipeline(segmenterOptions: segmenter, aligner: aligner)
      pipeline.englishCode = englishCode
      pipeline.languages = languages
      if let code = job.options.zhCode {
        pipeline.simplifiedCode = code
        pipeline.traditionalCode = code
      }
      let threshold = job.options.minConfidence ?? minimumConfidence
      let result = try pipeline.align(inputs: job.inputs)
      if result.alignment.zh.isEmpty || result.alignment.en.isEmpty {
        outcome.status = .empty(result.alignment.warnings.first ?? "nothing to align")
      }
      let records = pipeline.records(result, minimumConfidence: threshold)
      let jsonl = try AtomicFile(path: jsonlPath)
      for record in records { try jsonl.write(record.jsonLine + "\n") }
      var header = TMXHeader(sourceLanguage: pipeline.chineseCode(result))
      header.properties = [("x-bitext-options", fingerprint(job))]
      let writer = try TMXWriter(path: tmxPath, header: header, englishCode: englishCode)
      for unit in pipeline.translationUnits(result, minimumConfidence: threshold) {
        try writer.add(unit)
      }
      _ = try writer.finish()
      try jsonl.commit()
      fill(&outcome, records: records)
    } catch {
      outcome.status = .failed(error.message)
    }
    outcome.seconds = Date().timeIntervalSince(start)
    return outcome
  }

  private func fill(_ outcome: inout Outcome, records: [AlignmentRecord]) {
    let summary = ReportSummary(document: outcome.name, records: records)
    outcome.pairs = summary.pairs
    outcome.exported = summary.exported
    outcome.zhShare = summary.zhShare
    outcome.enShare = summary.enShare
    let confidences = records.compactMap(\.confidence)
    outcome.meanConfidence =
      confidences.isEmpty ? 0 : confidences.reduce(0, +) / Double(confidences.count)
  }

  /// Whether every output exists and is newer than every input.
  func isUpToDate(_ job: BatchJob, outputs: [String]) -> Bool {
    func modified(_ path: String) -> Date? {
      (try? FileManager.default.attributesOfItem(atPath: path))?[.modificationDate] as? Date
    }
    let inputDates = job.inputs.map(modified)
    let outputDates = outputs.map(modified)
    guard inputDates.allSatisfy({ $0 != nil }), outputDates.allSatisfy({ $0 != nil }) else {
      return false
    }
    return outputDates.map { $0! }.min()! >= inputDates.map { $0! }.max()!
  }

  /// The exported pairs of finished jobs, read back from their JSONL files, for a merged TMX.
  ///
  /// - Parameter zhCode: The Chinese `xml:lang` to force; by default `zh-TW` for
  ///   Traditional and `zh-CN` for Simplified text, decided per pair.
  public func exportedUnits(_ jobs: [BatchJob], zhCode: String?) -> [TranslationUnit] {
    let tagger = LanguageTagger()
    var units: [TranslationUnit] = []
    for job in jobs {
      guard let records = try? AlignmentFile.records(path: outputs(job).jsonl) else { continue }
      for record in records where record.type == "pair" && record.exported != false {
        guard let zh = record.zh, let en = record.en else { continue }
        units.append(
          TranslationUnit(
            zh: zh.text, en: en.text,
            zhCode: job.options.zhCode ?? zhCode
              ?? (tagger.language(of: zh.text) == .zhHant ? "zh-TW" : "zh-CN"),
            confidence: record.confidence ?? 0, shape: record.shape ?? "1-1", document: job.name,
            zhLines: zh.line...zh.line, enLines: en.line...en.line))
      }
    }
    return units
  }

  /// Where ``writeSummary(_:)`` writes.
  public var summaryPath: String { outputFolder + "/summary.tsv" }

  /// Writes `summary.tsv` in the output folder (atomically): one row per document with its
  /// status, pairs, exported pairs, aligned shares, mean confidence and time.
  public func writeSummary(_ outcomes: [Outcome]) throws(BitextError) {
    let file = try AtomicFile(path: summaryPath)
    try file.write(
      "document\tstatus\tpairs\texported\tzh_aligned\ten_aligned\tmean_confidence\tseconds\n")
    for o in outcomes {
      try file.write(
        "\(o.name)\t\(o.statusDescription)\t\(o.pairs)\t\(o.exported)\t"
          + String(
            format: "%.3f\t%.3f\t%.3f\t%.2f\n", o.zhShare, o.enShare, o.meanConfidence, o.seconds))
    }
    try file.commit()
  }

  /// Writes every exported pair of `jobs` (read back from their JSONL outputs) into one
  /// TMX at `path`, atomically.
  ///
  /// - Parameters:
  ///   - zhCode: The Chinese `xml:lang` to force (see ``exportedUnits(_:zhCode:)``); also
  ///     the header's `srclang` (default `zh-CN`).
  ///   - dedupe: Write identical pairs once.
  public func writeMerged(
    _ jobs: [BatchJob], to path: String, zhCode: String?, dedupe: Bool = true
  ) throws(BitextError) -> TMXWriter.Summary {
    let writer = try TMXWriter(
      path: path, header: TMXHeader(sourceLanguage: zhCode ?? "zh-CN"),
      englishCode: englishCode, dedupe: dedupe)
    for unit in exportedUnits(jobs, zhCode: zhCode) { try writer.add(unit) }
    return try writer.finish()
  }
}
