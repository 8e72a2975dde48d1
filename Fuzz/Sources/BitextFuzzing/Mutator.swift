/// A small deterministic random generator (SplitMix64): the same seed gives the same
/// mutants on every machine, so a failing case is reproduced by its seed.
public struct SplitMix64: RandomNumberGenerator, Sendable {
  private var state: UInt64

  /// Creates a generator from `seed`.
  public init(seed: UInt64) { state = seed }

  /// The next 64 random bits.
  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}

/// Random byte-level mutations of a valid input: bit flips, interesting bytes, inserted
/// tokens (markup, broken UTF-8, extreme numbers), deleted, repeated and cut spans.
public enum Mutator {
  /// Tokens that stress XML, JSON and text readers.
  static let tokens: [[UInt8]] = [
    "<!--", "-->", "<?x ", "?>", "<![CDATA[", "]]>", "&#0;", "&#x110000;", "&amp", "&", "<",
    "<tu>", "</tuv>", "</seg>", "<seg>", "xml:lang=\"", "<!DOCTYPE x [<!ENTITY a \"b\">]>",
    "\"", "{", "}", "[", "]", ",", ":", "null", "NaN", "1e308", "-1", "0",
    "9223372036854775807", "-9223372036854775808", "\"occurrence\":0", "\"confidence\":1e308",
    "\r", "\n\n\n", "\t", "。", "“", "」", "【摘要】", "[12]", "Mr.", "...",
  ].map { Array($0.utf8) } + [
    [0xC3, 0x28], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xFF], [0xFE, 0xFF],
    [0xEF, 0xBB, 0xBF], [0x00], [0xC0, 0x80], [0xE4, 0xB8],
  ]

  /// `input` with 1 to 4 random mutations.
  public static func mutate(_ input: [UInt8], using rng: inout SplitMix64) -> [UInt8] {
    var bytes = input
    for _ in 0..<Int.random(in: 1...4, using: &rng) {
      let position = bytes.isEmpty ? 0 : Int.random(in: 0..<bytes.count, using: &rng)
      switch Int.random(in: 0..<8, using: &rng) {
      case 0 where !bytes.isEmpty:
        bytes[position] ^= UInt8(1) << UInt8.random(in: 0...7, using: &rng)
      case 1 where !bytes.isEmpty:
        bytes[position] = [0x00, 0xFF, 0x80, 0xC0, 0x3C, 0x26, 0x22, 0x3E, 0x0A, 0x7F]
          .randomElement(using: &rng)!
      case 2:
        let count = Int.random(in: 1...8, using: &rng)
        bytes.insert(
          contentsOf: (0..<count).map { _ in UInt8.random(in: 0...255, using: &rng) },
          at: position)
      case 3, 4:
        bytes.insert(contentsOf: tokens.randomElement(using: &rng)!, at: position)
      case 5 where !bytes.isEmpty:
        let end = min(bytes.count, position + Int.random(in: 1...64, using: &rng))
        bytes.removeSubrange(position..<end)
      case 6 where !bytes.isEmpty:
        let end = min(bytes.count, position + Int.random(in: 1...64, using: &rng))
        bytes.insert(contentsOf: bytes[position..<end], at: end)
      default:
        bytes.removeSubrange(position..<bytes.count)
      }
    }
    return bytes
  }
}
