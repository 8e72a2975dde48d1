public import BitextCore
public import Foundation

/// One document of a batch: a mixed file or a Chinese/English pair, with its own options.
public struct BatchJob: Sendable, Hashable {
  /// Name used for the output files (`NAME.tmx`, `NAME.jsonl`).
  public var name: String
  /// One mixed file, or two files (Chinese and English, in either order).
  public var inputs: [String]
  /// Per-document overrides.
  public var options: Options
  /// A reference alignment for `bitext eval --manifest`, if the manifest gives one.
  public var reference: String?

  /// Options a manifest may set per document.
  public struct Options: Sendable, Hashable, Codable {
    /// Export threshold.
    public var minConfidence: Double?
    /// `xml:lang` for the Chinese side.
    public var zhCode: String?
    /// Forced input encoding.
    public var encoding: String?
    /// `lines` when the inputs hold one sentence per line.
    public var split: String?

    enum CodingKeys: String, CodingKey {
      case minConfidence = "min_confidence"
      case zhCode = "zh_code"
      case encoding
      case split
    }

    /// No overrides.
    public init() {}
  }

  /// Creates a job.
  public init(
    name: String, inputs: [String], options: Options = Options(), reference: String? = nil
  ) {
    self.name = name
    self.inputs = inputs
    self.options = options
    self.reference = reference
  }
}

extension BatchJob {
  /// Throws unless `name` can safely name output files in one folder: not empty, no `/`
  /// or `\\`, not starting with `.`, no NUL or other control character, at most 200
  /// UTF-8 bytes.
  public static func validateName(_ name: String) throws(BitextError) {
    let problem: String?
    if name.isEmpty {
      problem = "is empty"
    } else if name.contains("/") || name.contains("\\") {
      problem = "contains a path separator"
    } else if name.hasPrefix(".") {
      problem = "starts with '.' (hidden file, or a path such as ..)"
    } else if name.unicodeScalars.contains(where: {
      $0.properties.generalCategory == .control || $0.properties.generalCategory == .format
        && $0.value < 0x20
    }) {
      problem = "contains a control character"
    } else if name.utf8.count > 200 {
      problem = "is longer than 200 bytes"
    } else {
      problem = nil
    }
    if let problem {
      throw BitextError(
        .invalidArgument,
        "document name \"\(name.debugDescription.dropFirst().dropLast())\" \(problem); names become file names (NAME.tmx)"
      )
    }
  }
}

/// A batch manifest: a JSON file listing documents.
///
/// ```json
/// {"documents": [
///   {"name": "tea", "inputs": ["samples/tea-essay.txt"]},
///   {"name": "river", "zh": "samples/river.zh.txt", "en": "samples/river.en.txt",
///    "options": {"min_confidence": 0.6, "zh_code": "zh-HK"}}
/// ]}
/// ```
/// Relative paths are resolved against the manifest's folder.
public enum Manifest {
  private struct File: Decodable {
    struct Entry: Decodable {
      var name: String?
      var inputs: [String]?
      var zh: String?
      var en: String?
      var options: BatchJob.Options?
      var reference: String?
    }
    var documents: [Entry]
  }

  /// Reads the manifest at `path`.
  ///
  /// - Throws: ``BitextError`` (`unreadable`, `malformed` with the entry at fault).
  public static func load(path: String) throws(BitextError) -> [BatchJob] {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw BitextError(.unreadable, "\(path): cannot read the manifest")
    }
    return try parse(data, base: URL(fileURLWithPath: path).deletingLastPathComponent(), name: path)
  }

  /// Parses manifest JSON; relative paths are resolved against `base`.
  public static func parse(_ data: Data, base: URL, name: String = "manifest") throws(BitextError)
    -> [BatchJob]
  {
    let file: File
    do {
      file = try JSONDecoder().decode(File.self, from: data)
    } catch {
      throw BitextError(.malformed, "\(name): not a manifest (\(Self.describe(error)))")
    }
    var jobs: [BatchJob] = []
    // Output names compared without case: on a case-insensitive file system "A" and "a"
    // write the same files.
    var names: [String: Int] = [:]
    for (index, entry) in file.documents.enumerated() {
      let inputs = entry.inputs ?? [entry.zh, entry.en].compactMap { $0 }
      guard (1...2).contains(inputs.count) else {
        throw BitextError(
          .malformed,
          "\(name): document \(index + 1) needs \"inputs\" (one or two files) or \"zh\" and \"en\"")
      }
      func resolve(_ path: String) -> String {
        path.hasPrefix("/") ? path : base.appendingPathComponent(path).standardizedFileURL.path
      }
      let resolved = inputs.map(resolve)
      let jobName = entry.name ?? Self.stem(inputs[0])
      do {
        try BatchJob.validateName(jobName)
      } catch {
        throw BitextError(.malformed, "\(name): document \(index + 1): \(error.message)")
      }
      if let other = names[jobName.lowercased()] {
        throw BitextError(
          .malformed,
          "\(name): documents \(other + 1) and \(index + 1) would both write \(jobName).tmx; "
            + "give each a distinct \"name\"")
      }
      names[jobName.lowercased()] = index
      jobs.append(
        BatchJob(
          name: jobName, inputs: resolved, options: entry.options ?? .init(),
          reference: entry.reference.map(resolve)))
    }
    return jobs
  }

  /// The file name without folder, extension and language tag (`x.zh.txt` → `x`,
  /// `essay.v1.txt` → `essay.v1`).
  static func stem(_ path: String) -> String {
    let name = URL(fileURLWithPath: path).lastPathComponent
    if let (base, _) = DirectoryPairing.split(name) { return base }
    let stem = (name as NSString).deletingPathExtension
    return stem.isEmpty ? name : stem
  }

  private static func describe(_ error: any Error) -> String {
    switch error {
    case DecodingError.keyNotFound(let key, _): return "missing \"\(key.stringValue)\""
    case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
      return "wrong type at \(context.codingPath.map(\.stringValue).joined(separator: "."))"
    case DecodingError.dataCorrupted: return "invalid JSON"
    default: return "\(error)"
    }
  }
}
