internal import _BitextCShims

/// ICU charset detection and conversion to Swift strings.
enum ICUCharset {
  /// The most likely charset of `bytes` and ICU's confidence (0...100).
  static func detect(_ bytes: [UInt8]) -> (name: String, confidence: Int)? {
    var name = [CChar](repeating: 0, count: 64)
    var confidence: Int32 = 0
    var status: Int32 = 0
    let sample = Array(bytes.prefix(1 << 20))
    let result = sample.withUnsafeBufferPointer { input in
      input.withMemoryRebound(to: CChar.self) { chars in
        bitext_detect_charset(
          chars.baseAddress!, Int32(chars.count), &name, 64, &confidence, &status)
      }
    }
    guard result == 0, status <= 0 else { return nil }
    let text = String(
      decoding: name.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    return (text, Int(confidence))
  }

  /// Decodes `bytes` in `charset`; throws when a byte sequence is invalid in it.
  static func decode(_ bytes: [UInt8], charset: String) throws(ICUError) -> String {
    if bytes.isEmpty { return "" }
    var capacity = bytes.count + 16
    while true {
      var output = [UInt16](repeating: 0, count: capacity)
      var status: Int32 = 0
      let length = bytes.withUnsafeBufferPointer { input in
        input.withMemoryRebound(to: CChar.self) { chars in
          output.withUnsafeMutableBufferPointer { out in
            bitext_convert_to_utf16(
              charset, chars.baseAddress!, Int32(chars.count), out.baseAddress,
              Int32(capacity), &status)
          }
        }
      }
      if status == 15 {
        capacity = Int(length) + 16
        continue
      }
      try ICU.check(status)
      return String(decoding: output[0..<Int(length)], as: UTF16.self)
    }
  }
}
