import ArgumentParser
import Bitext
import Foundation

/// Options shared by the commands that align: dictionary, threshold, input handling.
struct AlignmentOptions: ParsableArguments {
  enum Split: String, ExpressibleByArgument, CaseIterable {
    case sentences, lines
  }

  @Option(
    help: ArgumentHelp(
      "A CC-CEDICT file or a zh<TAB>en list (default: $BITEXT_LEXICON, else .cache/cedict from Scripts/setup.sh).",
      discussion: ""))
  var lexicon: String?

  @Flag(
    help: "Align without a dictionary (lengths, numbers, names, and words learned from the text).")
  var noLexicon = false

  enum Model: String, ExpressibleByArgument, CaseIterable {
    case useM3 = "use-m3", none
  }

  @Option(
    help: ArgumentHelp(
      "Sentence encoder as a second source of evidence: use-m3 (USE multilingual v3, the default when Scripts/setup.sh installed it) or none."
    ))
  var model: Model?

  @Option(help: "Pairs below this confidence stay out of the TMX (they stay in JSONL, marked).")
  var minConfidence: Double = Aligner.Configuration().minimumConfidence

  @Option(
    help: "sentences: segment the input; lines: inputs are pre-segmented, one sentence per line.")
  var split: Split = .sentences

  @Option(help: "Force an input encoding (an ICU converter name such as GB18030 or Big5).")
  var encoding: String?

  @Option(
    help: ArgumentHelp(
      "The languages to pair: zh,en (default), ru,en or zh,ru (Russian abstracts of a journal issue).",
      discussion:
        "Pairs with Russian use the sentence encoder, lengths, numbers and Latin tokens (no dictionary); the first language goes to the zh fields of JSONL records."
    ))
  var langs = "zh,en"

  func validate() throws {
    guard (0...1).contains(minConfidence) else {
      throw ValidationError("--min-confidence must be between 0 and 1")
    }
    guard LanguagePair(codes: langs) != nil else {
      throw ValidationError("--langs must be zh,en, ru,en or zh,ru (got '\(langs)')")
    }
  }

  /// The pipeline these options describe; warns on stderr when there is no dictionary.
  func pipeline() throws -> Pipeline {
    var segmenter = Segmenter.Options()
    segmenter.encoding = encoding
    segmenter.linesAreSentences = split == .lines
    var configuration = Aligner.Configuration()
    if let overrides = ProcessInfo.processInfo.environment["BITEXT_CONFIG"] {
      do { configuration = try configuration.overridden(by: overrides) } catch {
        throw Diagnostics.fail(error)
      }
    }
    configuration.minimumConfidence = minConfidence
    var pipeline = Pipeline(
      segmenterOptions: segmenter,
      aligner: Aligner(
        lexicon: try loadLexicon(), configuration: configuration, encoder: try loadEncoder()))
    pipeline.languages = LanguagePair(codes: langs) ?? .chineseEnglish
    return pipeline
  }

  /// The settings that change alignments, for the record kept in batch outputs.
  var settingsDescription: String {
    let dictionary = noLexicon ? "none" : (lexicon ?? LexiconLoader.defaultPath() ?? "none")
    var stamp = ""
    if dictionary != "none",
      let attributes = try? FileManager.default.attributesOfItem(atPath: dictionary)
    {
      let size = (attributes[.size] as? NSNumber)?.int64Value ?? 0
      let date = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
      stamp = " (\(size) bytes, \(Int64(date)))"
    }
    let encoder = model == Model.none ? "none" : (SentenceEncoder.defaultFolder() ?? "none")
    return "lexicon=\(dictionary)\(stamp); model=\(encoder); bitext=\(BitextVersion.string)"
  }

  /// The encoder `--model` asks for; by default USE multilingual v3 when installed.
  private func loadEncoder() throws -> SentenceEncoder? {
    if model == Model.none { return nil }
    guard let folder = SentenceEncoder.defaultFolder() else {
      if model == .useM3 {
        throw Diagnostics.fail(
          BitextError(
            .unreadable,
            "--model use-m3: the sentence encoder is not installed (run Scripts/setup.sh, or set BITEXT_USE_M3)"
          ))
      }
      return nil
    }
    do { return try SentenceEncoder(folder: folder) } catch { throw Diagnostics.fail(error) }
  }

  private func loadLexicon() throws -> Lexicon {
    if noLexicon { return Lexicon() }
    guard let path = lexicon ?? LexiconLoader.defaultPath() else {
      throw Diagnostics.fail(
        BitextError(
          .unreadable,
          "no dictionary found (looked for \(LexiconLoader.defaultRelativePath) above the "
            + "current folder and the bitext executable): run Scripts/setup.sh, give "
            + "--lexicon FILE or set BITEXT_LEXICON, or align without one with --no-lexicon"))
    }
    do {
      return try LexiconCache.load(path: path)
    } catch {
      throw Diagnostics.fail(error)
    }
  }
}
