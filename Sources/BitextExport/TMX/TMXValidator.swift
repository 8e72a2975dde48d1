/// Checks a read TMX document for what CAT tools need: TMX 1.4 header attributes, a
/// language on every variant written with hyphens (OmegaT ignores `zh_CN`), a Chinese and
/// an English variant with text in every unit.
public enum TMXValidator {
  /// One problem, with the line it was found on (0 for the header).
  public struct Problem: Sendable, Hashable, CustomStringConvertible {
    /// Line in the file, or 0 when it concerns the whole file.
    public var line: Int
    /// What is wrong.
    public var message: String
    /// `line N: message`.
    public var description: String { line > 0 ? "line \(line): \(message)" : message }
  }

  static let requiredHeader = [
    "creationtool", "creationtoolversion", "segtype", "o-tmf", "adminlang", "srclang",
    "datatype",
  ]

  /// Problems in `document`, in file order; empty when it is fine.
  public static func problems(in document: TMXDocument) -> [Problem] {
    var problems: [Problem] = []
    if document.version != "1.4" {
      problems.append(
        Problem(line: 0, message: "<tmx version=\"\(document.version)\">: expected 1.4"))
    }
    for attribute in requiredHeader where document.header[attribute] == nil {
      problems.append(
        Problem(line: 0, message: "<header> lacks the required attribute \(attribute)"))
    }
    if let segtype = document.header["segtype"],
      !["block", "paragraph", "sentence", "phrase"].contains(segtype)
    {
      problems.append(
        Problem(line: 0, message: "<header segtype=\"\(segtype)\"> is not a TMX segtype"))
    }
    if let source = document.header["srclang"], source.contains("_") {
      problems.append(
        Problem(
          line: 0, message: "srclang \"\(source)\" uses '_': write \(source.replacingUnderscores())"
        ))
    }
    for line in document.legacyLanguageLines.prefix(20) {
      problems.append(
        Problem(
          line: line,
          message: "<tuv lang=…>: TMX 1.4 wants xml:lang (Translate Toolkit sees no language)"))
    }
    if document.units.isEmpty { problems.append(Problem(line: 0, message: "no <tu> units")) }
    for unit in document.units {
      for variant in unit.variants {
        if variant.language.isEmpty {
          problems.append(Problem(line: unit.line, message: "a <tuv> has no xml:lang"))
        } else if variant.language.contains("_") {
          problems.append(
            Problem(
              line: unit.line,
              message:
                "language \"\(variant.language)\" uses '_' (OmegaT ignores it): write \(variant.language.replacingUnderscores())"
            ))
        }
        if variant.text.allSatisfy(\.isWhitespace) {
          problems.append(Problem(line: unit.line, message: "empty <seg> for \(variant.language)"))
        }
      }
      if unit.text(language: "zh") == nil || unit.text(language: "en") == nil {
        problems.append(Problem(line: unit.line, message: "the unit lacks a zh or an en variant"))
      }
    }
    return problems
  }
}

extension String {
  fileprivate func replacingUnderscores() -> String {
    String(map { $0 == "_" ? "-" : $0 })
  }
}
