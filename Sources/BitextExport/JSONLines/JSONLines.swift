import Foundation

/// Encodes values as single-line JSON (one object per line).
public enum JSONLines {
  /// One line of JSON for `value`, without a trailing newline (keys sorted, so output is
  /// stable from run to run).
  public static func encode(_ value: some Encodable) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.withoutEscapingSlashes, .sortedKeys]
    guard let data = try? encoder.encode(value) else { return "{}" }
    return String(decoding: data, as: UTF8.self)
  }
}

/// Builds one JSON object with its keys in the order they are added, for records whose
/// field order is part of their documented format.
public struct OrderedJSONObject {
  private var fields: [String] = []

  /// An empty object.
  public init() {}

  /// Adds a string field.
  public mutating func add(_ key: String, _ value: String) {
    fields.append(Self.quote(key) + ":" + Self.quote(value))
  }

  /// Adds an integer field.
  public mutating func add(_ key: String, _ value: Int) {
    fields.append(Self.quote(key) + ":" + String(value))
  }

  /// Adds a number field.
  public mutating func add(_ key: String, _ value: Double) {
    let text = value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    fields.append(Self.quote(key) + ":" + text)
  }

  /// Adds a Boolean field.
  public mutating func add(_ key: String, _ value: Bool) {
    fields.append(Self.quote(key) + ":" + (value ? "true" : "false"))
  }

  /// Adds an array of integers.
  public mutating func add(_ key: String, _ value: [Int]) {
    fields.append(Self.quote(key) + ":[" + value.map(String.init).joined(separator: ",") + "]")
  }

  /// Adds a nested object.
  public mutating func add(_ key: String, _ value: OrderedJSONObject) {
    fields.append(Self.quote(key) + ":" + value.json)
  }

  /// The object as one line of JSON.
  public var json: String { "{" + fields.joined(separator: ",") + "}" }

  /// `text` as a JSON string literal.
  static func quote(_ text: String) -> String {
    var out = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      default:
        if scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029 {
          out += String(format: "\\u%04x", scalar.value)
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    return out + "\""
  }
}
