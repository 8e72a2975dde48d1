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
  /// For UTF-8 read with repairs: the source length in bytes of each U+FFFD in `text`, in
  /// order (1 for a stray byte, 3 for a U+FFFD that was in the file), so that offsets stay
  /// exact. Empty when nothing was repaired.
  public var replacementWidths: [Int] = []
  /// What the reader had to repair or guess, for the user (stray bytes, NUL bytes).
  public var warnings: [String] = []

  /// Creates decoded text.
  public init(text: String, encoding: String, byteOffset: Int) {
    self.text = text
    self.encoding = encoding
    self.byteOffset = byteOffset
  }

  /// Source byte widths of the scalars of `text`, in order: UTF-8 widths, except U+FFFD
  /// that stand for stray bytes (see ``replacementWidths``).
  struct SourceWidths {
    private let replacements: [Int]
    private var next = 0

    init(_ decoded: DecodedText) { replacements = decoded.replacementWidths }

    mutating func width(of scalar: Unicode.Scalar) -> Int {
      if scalar == "\u{FFFD}", next < replacements.count {
        next += 1
        return replacements[next - 1]
      }
      return UTF8.width(scalar)
    }
  }
}

/// Reads bytes as text: UTF-8 (with or without BOM), UTF-16 with BOM, and legacy Chinese
/// encodings (GB18030/GBK, Big5) found by ICU's charset detector.
public enum InputDecoder {
  /// The largest input read, in bytes: 64 MiB, or `$BITEXT_MAX_INPUT_MB` MiB. Reading
  /// keeps each character's source offsets, about 80 bytes of memory per input byte, so
  /// a larger file is refused up front rather than exhausting memory.
  public static var maximumInputBytes: Int {
    let environment = ProcessInfo.processInfo.environment["BITEXT_MAX_INPUT_MB"]
    let megabytes = environment.flatMap(Int.init).map { max(1, min($0, 1 << 20)) } ?? 64
    return megabytes << 20
  }

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
    let size = ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?
      .intValue
    if size == 0 {
      throw BitextError(.empty, "\(path): the file is empty")
    }
    if let size, size > maximumInputBytes {
      throw BitextError(
        .invalidArgument,
        "\(path): \(size >> 20) MiB is above the input limit of \(maximumInputBytes >> 20) MiB "
          + "(reading takes about 80 bytes of memory per input byte); split the file, or "
          + "raise the limit with BITEXT_MAX_INPUT_MB")
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
      var decoded = DecodedText(text: text, encoding: "UTF-8", byteOffset: 0)
      let nuls = bytes.count { $0 == 0 }
      if nuls > 0 {
        decoded.warnings.append("\(nuls) NUL byte\(nuls == 1 ? "" : "s") read as spaces")
      }
      return try checked(decoded)
    }
    if let repaired = repairedUTF8(bytes) { return try checked(repaired) }
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

  /// Binary: more than one NUL byte and more than 1% of them, or 5% control bytes, in the
  /// first 8 KiB (a text file with a stray NUL is still text).
  private static func looksBinary(_ bytes: [UInt8]) -> Bool {
    let sample = bytes.prefix(8192)
    var control = 0
    var nul = 0
    for byte in sample {
      if byte == 0 { nul += 1 }
      if byte < 0x09 || (byte > 0x0D && byte < 0x20 && byte != 0x1B) { control += 1 }
    }
    return nul > 1 && nul * 100 > sample.count || control * 20 > sample.count
  }

  /// UTF-8 with a few bytes that are not: each stray byte becomes U+FFFD (its source width
  /// recorded, so offsets stay exact) and a warning counts them and locates the first.
  /// Nil when the bytes are not mostly UTF-8: more stray bytes than valid multi-byte
  /// sequences, or more than 3 and one per ten of them. A legacy encoding is then more
  /// likely (GB18030 text forms a valid UTF-8 sequence only by chance, about one
  /// character in twelve).
  static func repairedUTF8(_ bytes: [UInt8]) -> DecodedText? {
    var scalars = String.UnicodeScalarView()
    var widths: [Int] = []
    var valid = 0
    var stray = 0
    var first: Int?
    var i = 0
    while i < bytes.count {
      let (scalar, length) = decodeScalar(bytes, at: i)
      if let scalar {
        if length > 1 { valid += 1 }
        if scalar == "\u{FFFD}" { widths.append(length) }
        scalars.append(scalar)
      } else {
        stray += length
        if first == nil { first = i }
        scalars.append("\u{FFFD}")
        widths.append(length)
      }
      i += length
    }
    guard let first, stray <= max(min(3, valid), valid / 10) else { return nil }
    let place = ByteLocation(of: first, in: bytes)
    var decoded = DecodedText(text: String(scalars), encoding: "UTF-8", byteOffset: 0)
    decoded.replacementWidths = widths
    decoded.warnings.append(
      "\(stray) byte\(stray == 1 ? " is" : "s are") not UTF-8 and read as U+FFFD (first at line "
        + "\(place.line), column \(place.column), byte offset \(first))")
    return decoded
  }

  /// The well-formed UTF-8 sequence at `i` (no overlongs, surrogates or values past
  /// U+10FFFF) and its length; or nil and the length of the maximal ill-formed subpart,
  /// which becomes one U+FFFD as Unicode recommends (and as Swift and Python decode).
  private static func decodeScalar(_ b: [UInt8], at i: Int) -> (Unicode.Scalar?, Int) {
    let lead = b[i]
    if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
    let length: Int
    var value: UInt32
    var low: UInt8 = 0x80
    var high: UInt8 = 0xBF
    switch lead {
    case 0xC2...0xDF: length = 2; value = UInt32(lead & 0x1F)
    case 0xE0: length = 3; value = 0; low = 0xA0
    case 0xE1...0xEC, 0xEE...0xEF: length = 3; value = UInt32(lead & 0x0F)
    case 0xED: length = 3; value = 0xD; high = 0x9F
    case 0xF0: length = 4; value = 0; low = 0x90
    case 0xF1...0xF3: length = 4; value = UInt32(lead & 0x07)
    case 0xF4: length = 4; value = 4; high = 0x8F
    default: return (nil, 1)
    }
    for k in 1..<length {
      guard i + k < b.count else { return (nil, k) }
      let byte = b[i + k]
      let (lower, upper) = k == 1 ? (low, high) : (UInt8(0x80), UInt8(0xBF))
      guard byte >= lower, byte <= upper else { return (nil, k) }
      value = value << 6 | UInt32(byte & 0x3F)
    }
    guard let scalar = Unicode.Scalar(value) else { return (nil, length) }
    return (scalar, length)
  }

  private static func checked(_ decoded: DecodedText) throws(BitextError) -> DecodedText {
    if decoded.text.unicodeScalars.allSatisfy({ $0.properties.isWhitespace }) {
      throw BitextError(.empty, "the file holds only whitespace")
    }
    return decoded
  }
}
