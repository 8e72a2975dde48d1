public import BitextCore
import Foundation

/// A gold sentence alignment in the format of `shared/gold/FORMAT.md`: beads of Chinese
/// and English strings copied from the source, some optional.
public struct Reference: Sendable {
  /// One reference string: its text and, when it repeats in the source, which occurrence.
  public struct Entry: Sendable, Hashable {
    /// The string as in the source.
    public var text: String
    /// 1-based occurrence (whitespace ignored), or nil when the string is unique.
    public var occurrence: Int?
  }

  /// One reference bead.
  public struct Bead: Sendable {
    /// Kind (title, body, abstract …).
    public var kind: String
    /// Whether the bead is acceptable but not required.
    public var optional: Bool
    /// Chinese strings.
    public var zh: [Entry]
    /// English strings.
    public var en: [Entry]
  }

  /// Source file name (relative to the seeds folder).
  public var source: String
  /// English source file when the pair is two files (a project extension).
  public var sourceEnglish: String?
  /// What the document is.
  public var description: String
  /// The beads.
  public var beads: [Bead]

  /// Reads a reference JSON file.
  ///
  /// - Throws: ``BitextError`` when the file is missing or not in the reference format.
  public static func load(path: String) throws(BitextError) -> Reference {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw BitextError(.unreadable, "\(path): cannot read the reference")
    }
    guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
      let source = object["source"] as? String, let beads = object["beads"] as? [[String: Any]]
    else {
      throw BitextError(
        .malformed, "\(path): not a reference file (needs \"source\" and \"beads\")")
    }
    func entries(_ value: Any?, bead: Int) throws(BitextError) -> [Entry] {
      var result: [Entry] = []
      for item in value as? [Any] ?? [] {
        if let text = item as? String {
          result.append(Entry(text: text, occurrence: nil))
        } else if let dictionary = item as? [String: Any], let text = dictionary["text"] as? String
        {
          var occurrence: Int?
          if let value = dictionary["occurrence"] {
            // 1-based; anything else (0, negative, fractional, huge) is an error in the file.
            guard let number = value as? NSNumber, let integer = Int(exactly: number.doubleValue),
              (1...1_000_000).contains(integer)
            else {
              throw BitextError(
                .malformed,
                "\(path): bead \(bead + 1): \"occurrence\" must be a whole number from 1, not \(value)"
              )
            }
            occurrence = integer
          }
          result.append(Entry(text: text, occurrence: occurrence))
        }
      }
      return result
    }
    var parsed: [Bead] = []
    for (index, bead) in beads.enumerated() {
      parsed.append(
        Bead(
          kind: bead["kind"] as? String ?? "body", optional: bead["optional"] as? Bool ?? false,
          zh: try entries(bead["zh"], bead: index), en: try entries(bead["en"], bead: index)))
    }
    return Reference(
      source: source, sourceEnglish: object["source_en"] as? String,
      description: object["description"] as? String ?? "", beads: parsed)
  }
}
