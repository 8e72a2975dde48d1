import ArgumentParser
import Bitext

/// Options for writing TMX: language codes and deduplication.
struct TMXOptions: ParsableArguments {
  @Option(
    help: "xml:lang for the Chinese side (default: zh-CN for Simplified, zh-TW for Traditional).")
  var zhCode: String?

  @Option(help: "xml:lang for the English side (en or en-US …).")
  var enCode: String = "en"

  @Flag(inversion: .prefixedNo, help: "Write identical pairs once.")
  var dedupe = true

  func validate() throws {
    for code in [zhCode, enCode].compactMap({ $0 }) where code.contains("_") || code.isEmpty {
      throw ValidationError("language code '\(code)' must use hyphens (zh-CN), not underscores")
    }
  }

  func configure(_ pipeline: inout Pipeline) {
    if let zhCode {
      pipeline.simplifiedCode = zhCode
      pipeline.traditionalCode = zhCode
    }
    pipeline.englishCode = enCode
  }

  func write(_ units: [TranslationUnit], to path: String, sourceLanguage: String) throws
    -> TMXWriter.Summary
  {
    let writer = try TMXWriter(
      path: path, header: TMXHeader(sourceLanguage: zhCode ?? sourceLanguage),
      englishCode: enCode, dedupe: dedupe)
    for unit in units { try writer.add(unit) }
    let summary = try writer.finish()
    if summary.removedCharacters > 0 {
      Diagnostics.warning(
        "\(path): removed \(summary.removedCharacters) characters that XML 1.0 does not allow")
    }
    return summary
  }
}
