public import BitextCore
public import BitextExport
import Foundation

/// Merging translation memories: `bitext tmx merge` as a library call.
public enum TMXMerge {
  /// The unit of a TMX file as a ``TranslationUnit`` (its first Chinese and its English
  /// variant; bitext's own props — confidence, bead shape, document, lines — are read back
  /// when present), or nil when it lacks a Chinese or an English variant.
  ///
  /// - Parameter file: Names the document when the unit has no `x-document` prop.
  public static func translationUnit(_ unit: TMXUnit, file: String) -> TranslationUnit? {
    guard let zh = unit.variants.first(where: { $0.language.lowercased().hasPrefix("zh") }),
      let en = unit.text(language: "en")
    else { return nil }
    // `x-line` reads "zh 3-4; en 10-10".
    let lines = unit.properties["x-line"]?.split(separator: ";").map {
      $0.trimmingCharacters(in: .whitespaces)
    }
    func range(_ part: String?, prefix: String) -> ClosedRange<Int> {
      guard let part, part.hasPrefix(prefix) else { return 0...0 }
      let bounds = part.dropFirst(prefix.count).split(separator: "-").compactMap { Int($0) }
      return bounds.count == 2 && bounds[0] <= bounds[1] ? bounds[0]...bounds[1] : 0...0
    }
    return TranslationUnit(
      zh: zh.text, en: en, zhCode: zh.language,
      confidence: Double(unit.properties["x-confidence"] ?? "") ?? 1,
      shape: unit.properties["x-bead"] ?? "1-1",
      document: unit.properties["x-document"] ?? file,
      zhLines: range(lines?.first, prefix: "zh "),
      enLines: range(lines?.dropFirst().first, prefix: "en "))
  }

  /// Merges `files` into one TMX at `output`, identical pairs written once; the output is
  /// written atomically and never replaces an input or a file that is not a TMX.
  ///
  /// - Parameter zhCode: `srclang` of the merged header.
  /// - Returns: Units written and duplicates dropped.
  /// - Throws: ``BitextError`` for an unreadable or malformed input or an unsafe output.
  public static func merge(
    _ files: [String], into output: String, zhCode: String = "zh-CN"
  ) throws(BitextError) -> TMXWriter.Summary {
    try OutputSafety.check(outputs: [output], inputs: files)
    try OutputSafety.checkExistingContent(output, is: .tmx)
    let documents = try files.map { (file) throws(BitextError) in (file, try TMXReader.read(path: file)) }
    let writer = try TMXWriter(path: output, header: TMXHeader(sourceLanguage: zhCode))
    for (file, document) in documents {
      for unit in document.units {
        if let translation = translationUnit(unit, file: file) { try writer.add(translation) }
      }
    }
    return try writer.finish()
  }
}
