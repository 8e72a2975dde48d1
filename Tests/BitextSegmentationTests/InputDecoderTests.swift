import Bitext
import Foundation
import Testing
import _BitextTestSupport

@Suite("Input decoding and bad input")
struct InputDecoderTests {
  // "中文测试。" in GBK and "中文測試。" in Big5, repeated so that detection has enough text.
  static let gbk: [UInt8] = [0xD6, 0xD0, 0xCE, 0xC4, 0xB2, 0xE2, 0xCA, 0xD4, 0xA1, 0xA3]
  static let big5: [UInt8] = [0xA4, 0xA4, 0xA4, 0xE5, 0xB4, 0xFA, 0xB8, 0xD5, 0xA1, 0x43]

  @Test("UTF-8 with a byte-order mark: offsets count the mark")
  func utf8BOM() throws {
    let decoded = try InputDecoder.decode([0xEF, 0xBB, 0xBF] + Array("茶。".utf8))
    #expect(decoded.text == "茶。")
    #expect(decoded.byteOffset == 3)
    let units = try Segmenter().segment(decoded, name: "x").units
    #expect(units.first?.range.start == 3)
  }

  @Test("UTF-16 little endian with a byte-order mark")
  func utf16() throws {
    var bytes: [UInt8] = [0xFF, 0xFE]
    for unit in "茶起源于中国。".utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
    #expect(try InputDecoder.decode(bytes).text == "茶起源于中国。")
  }

  @Test("GB18030 is detected and converted")
  func gb18030() throws {
    let bytes = Array(repeating: Self.gbk, count: 40).flatMap { $0 }
    let decoded = try InputDecoder.decode(bytes)
    #expect(decoded.text.hasPrefix("中文测试。"))
  }

  @Test("Big5 is detected and converted")
  func big5Detected() throws {
    // "河流與城市。人類最早的城市大多建在河邊。" in Big5, repeated.
    let sentence: [UInt8] = [
      0xAA, 0x65, 0xAC, 0x79, 0xBB, 0x50, 0xAB, 0xB0, 0xA5, 0xAB, 0xA1, 0x43, 0xA4, 0x48, 0xC3,
      0xFE,
      0xB3, 0xCC, 0xA6, 0xAD, 0xAA, 0xBA, 0xAB, 0xB0, 0xA5, 0xAB, 0xA4, 0x6A, 0xA6, 0x68, 0xAB,
      0xD8,
      0xA6, 0x62, 0xAA, 0x65, 0xC3, 0xE4, 0xA1, 0x43,
    ]
    let decoded = try InputDecoder.decode(Array(repeating: sentence, count: 20).flatMap { $0 })
    #expect(decoded.encoding == "Big5")
    #expect(decoded.text.hasPrefix("河流與城市。人類最早的城市大多建在河邊。"))
  }

  @Test("English in windows-1252 (smart quotes) is read as such, not as GB18030")
  func windows1252() throws {
    var bytes = Array("He said ".utf8) + [0x93] + Array("tea".utf8) + [0x94]
    bytes += Array(" and left. The caf".utf8) + [0xE9] + Array(" was closed.\n".utf8)
    let decoded = try InputDecoder.decode(bytes)
    #expect(decoded.text == "He said \u{201C}tea\u{201D} and left. The café was closed.\n")
  }

  @Test("Big5 converts when forced with an encoding name")
  func big5Forced() throws {
    let decoded = try InputDecoder.decode(Self.big5, encoding: "Big5")
    #expect(decoded.text == "中文測試。")
  }

  @Test(
    "Bad input gives a clear error code",
    arguments: [
      ([UInt8](), BitextError.Code.empty),
      (Array("  \n\n\t ".utf8), .empty),
      ([0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00], .binary),
    ])
  func badInput(bytes: [UInt8], code: BitextError.Code) {
    #expect(throws: BitextError.self) { try InputDecoder.decode(bytes) }
    do {
      _ = try InputDecoder.decode(bytes)
    } catch {
      #expect(error.code == code)
    }
  }

  @Test("A missing file is reported with its path")
  func missingFile() {
    do {
      _ = try InputDecoder.read(path: "/nonexistent/essay.txt")
      Issue.record("expected an error")
    } catch {
      #expect(error.code == .unreadable)
      #expect(error.message.contains("/nonexistent/essay.txt"))
    }
  }
}
