import ArgumentParser
import Bitext

/// Options for writing TMX: language codes and deduplication.
struct TMXOptions: ParsableArguments {
  @Option(
    help: "xml:lang for the Chinese side (default: zh-CN for Simplified, zh-TW for Traditional).")
  var zhCode: String?

  @Option(help: "xml:lang for the English side (en or en-US …; ru with --langs zh,ru).")
  var enCode: String?

  @Flag(inversion: .prefixedNo, help: "Write identical pairs once.")
  var dedupe = true

  func validate() throws {
    for code in [zhCode, enCode].compactMap({ $0 }) where code.contains("_") || code.isEmpty {
      throw ValidationError("language code '\(code)' must use hyphens (zh-CN), not underscores")
    }
  }

  /// Sets the pipeline's codes; the second side's code is its language's unless given.
  func configure(_ pipeline: inout Pipeline) {
    if let zhCode {
      pipeline.simplifiedCode = zhCode
      pipeline.traditionalCode = zhCode
    }
    pipeline.englishCode = enCode ?? pipeline.languages.second.rawValue
  }

  func write(
    _ units: [TranslationUnit], to path: String, sourceLanguage: String, secondLanguage: String
  ) throws -> TMXWriter.Summary {
    let writer = try TMXWriter(
      path: path, header: TMXHeader(sourceLanguage: zhCode ?? sourceLanguage),
      englishCode: enCode ?? secondLanguage, dedupe: dedupe)
    for unit in units { try writer.add(unit) }
    let summary = try writer.finish()
    if summary.removedCharacters > 0 {
      Diagnostics.warning(
        "\(path): removed \(summary.removedCharacters) characters that XML 1.0 does not allow")
    }
    return summary
  }
}
