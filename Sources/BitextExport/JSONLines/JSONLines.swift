import Foundation

/// Encodes values as single-line JSON (one object per line).
public enum JSONLines {
  /// One line of JSON for `value`, without a trailing newline.
  public static func encode(_ value: some Encodable) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.withoutEscapingSlashes]
    guard let data = try? encoder.encode(value) else { return "{}" }
    return String(decoding: data, as: UTF8.self)
  }
}
