import Foundation
import Testing

/// Where the shared seed documents and references live (`../shared` beside the checkout),
/// and the project's own folders.
public enum Seeds {
  /// The package root, found from this file's path.
  public static let packageRoot: URL = {
    var url = URL(fileURLWithPath: #filePath)
    for _ in 0..<3 { url.deleteLastPathComponent() }
    return url
  }()

  /// `../shared`, or nil when it is absent (a fresh machine).
  public static let shared: URL? = {
    let url = packageRoot.deletingLastPathComponent().appendingPathComponent("shared")
    return FileManager.default.fileExists(atPath: url.appendingPathComponent("seeds").path)
      ? url : nil
  }()

  /// Whether `../shared/seeds` is present.
  public static var available: Bool { shared != nil }

  /// The reason printed when seed tests are skipped.
  public static let skipReason: Comment =
    "../shared/seeds is absent: seed tests need the shared test bed beside the checkout"

  /// Paths of the seed documents, sorted.
  public static var documents: [String] {
    guard let shared else { return [] }
    let folder = shared.appendingPathComponent("seeds")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return names.sorted().map { folder.appendingPathComponent($0).path }
  }

  /// The seed whose file name starts with `prefix` (e.g. "001").
  public static func document(_ prefix: String) -> String? {
    documents.first { URL(fileURLWithPath: $0).lastPathComponent.hasPrefix(prefix) }
  }

  /// The gold reference for the seed starting with `prefix`.
  public static func reference(_ prefix: String) -> String? {
    guard let shared else { return nil }
    let folder = shared.appendingPathComponent("gold")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return names.first { $0.hasPrefix(prefix) && $0.hasSuffix(".json") }
      .map { folder.appendingPathComponent($0).path }
  }

  /// A project sample in `Alignments/samples`.
  public static func sample(_ name: String) -> String {
    packageRoot.appendingPathComponent("Alignments/samples/\(name)").path
  }

  /// A project reference in `Alignments/references`.
  public static func projectReference(_ name: String) -> String {
    packageRoot.appendingPathComponent("Alignments/references/\(name)").path
  }

  /// The CC-CEDICT file fetched by `Scripts/setup.sh`, if present.
  public static var dictionary: String? {
    let path = packageRoot.appendingPathComponent(".cache/cedict/cedict_ts.u8").path
    return FileManager.default.fileExists(atPath: path) ? path : nil
  }

  /// The reason printed when dictionary tests are skipped.
  public static let dictionarySkipReason: Comment =
    "CC-CEDICT is absent: run Scripts/setup.sh to fetch it into .cache/cedict"
}
