public import BitextCore
import Foundation

/// Text decoded from a file, with the encoding it was read in.
public struct DecodedText: Sendable {
  /// The text, without a byte-order mark.
  public var text: String
  /// The encoding the bytes were read in (`UTF-8`, `UTF-16LE`, `GB18030`, `Big5` …).
  public var encoding: String
  /// Bytes before the text in the file (3 for a UTF-8 byte-order mark), added to offsets
  /// so that they point into the original file.
  public var byteOffset: Int
}

/// Reads bytes as text: UTF-8 (with or without BOM), UTF-16 with BOM, and legacy Chinese
/// encodings (GB18030/GBK, Big5) found by ICU's charset detector.
public enum InputDecoder {
  /// Reads and decodes the file at `path`.
  ///
  /// - Parameters:
  ///   - path: The file to read.
  ///   - encoding: An ICU converter name that overrides detection, e.g. `"GB18030"`.
  /// - Throws: ``BitextError`` with code `unreadable`, `empty`, `binary` or `undecodable`.
  public static func read(path: String, encoding: String? = nil) throws(BitextError)
    -> DecodedText
  {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw BitextError(.unreadable, "\(path): no such file")
    }
    if isDirectory.boolValue {
      throw BitextError(.unreadable, "\(path): is a directory, not a text file")
    }
    // An empty file is reported without reading it (Foundation leaks the read buffer of
    // an empty file).
    if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber,
      size.intValue == 0
    {
      throw BitextError(.empty, "\(path): the file is empty")
    }
    guard let data = FileManager.default.contents(atPath: path) else {
      throw BitextError(.unreadable, "\(path): cannot read the file (permissions?)")
    }
    do {
      return try decode([UInt8](data), encoding: encoding)
    } catch {
      throw BitextError(error.code, "\(path): \(error.message)")
    }
  }

  /// Decodes `bytes`; see ``read(path:encoding:)``.
  public static func decode(_ bytes: [UInt8], encoding: String? = nil) throws(BitextError)
    -> DecodedText
  {
    if bytes.isEmpty { throw BitextError(.empty, "the file is empty") }
    if let encoding {
      let text: String
      do {
        text = try ICUCharset.decode(bytes, charset: encoding)
      } catch {
        throw BitextError(.undecodable, "not valid \(encoding) (\(error))")
      }
      return try checked(DecodedText(text: text, encoding: encoding, byteOffset: 0))
    }
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
      guard let text = String(validating: bytes[3...], as: UTF8.self) else {
        throw BitextError(.undecodable, "starts with a UTF-8 byte-order mark but is not UTF-8")
      }
      return try checked(DecodedText(text: text, encoding: "UTF-8", byteOffset: 3))
    }
    if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
      let name = bytes[0] == 0xFF ? "UTF-16LE" : "UTF-16BE"
      guard let text = try? ICUCharset.decode(Array(bytes[2...]), charset: name) else {
        throw BitextError(.undecodable, "starts with a \(name) byte-order mark but is not \(name)")
      }
      return try checked(DecodedText(text: text, encoding: name, byteOffset: 0))
    }
    if looksBinary(bytes) {
      throw BitextError(.binary, "looks like a binary file, not text")
    }
    if let text = String(validating: bytes, as: UTF8.self) {
      return try checked(DecodedText(text: text, encoding: "UTF-8", byteOffset: 0))
    }
    // Legacy encodings. Chinese double-byte text is dense with high bytes; a Western file
    // (smart quotes, accents in windows-1252) has few, and GB18030 would "decode" it into
    // nonsense Han characters.
    let high = bytes.count { $0 >= 0x80 }
    var candidates = ["GB18030", "Big5"]
    if let guess = ICUCharset.detect(bytes) {
      if guess.name == "Big5" { candidates = ["Big5", "GB18030"] }
      if !guess.name.hasPrefix("UTF"), !candidates.contains(guess.name),
        !guess.name.hasPrefix("ISO-8859"), !guess.name.hasPrefix("windows-125")
      {
        candidates.insert(guess.name, at: 0)
      }
    }
    if high * 10 < bytes.count { candidates.insert("windows-1252", at: 0) }
    for name in candidates {
      if let text = try? ICUCharset.decode(bytes, charset: name) {
        return try checked(DecodedText(text: text, encoding: name, byteOffset: 0))
      }
    }
    throw BitextError(
      .undecodable,
      "cannot decode the file as UTF-8, UTF-16, GB18030 or Big5 (use --encoding to force one)")
  }

  private static func looksBinary(_ bytes: [UInt8]) -> Bool {
    let sample = bytes.prefix(8192)
    var control = 0
    for byte in sample {
      if byte == 0 { return true }
      if byte < 0x09 || (byte > 0x0D && byte < 0x20 && byte != 0x1B) { control += 1 }
    }
    return control * 20 > sample.count
  }

  private static func checked(_ decoded: DecodedText) throws(BitextError) -> DecodedText {
    if decoded.text.unicodeScalars.allSatisfy({ $0.properties.isWhitespace }) {
      throw BitextError(.empty, "the file holds only whitespace")
    }
    return decoded
  }
}
