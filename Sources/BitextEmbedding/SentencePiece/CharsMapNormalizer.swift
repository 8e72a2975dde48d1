/// SentencePiece's `nmt_nfkc` normalizer, driven by the model's precompiled charsmap: a
/// darts-clone double-array trie over UTF-8 bytes whose leaves index NUL-terminated
/// replacement strings. Whitespace handling as SentencePiece does it: leading, trailing
/// and repeated spaces removed, a dummy prefix added, spaces escaped as U+2581.
struct CharsMapNormalizer: Sendable {
  private let units: [UInt32]
  private let replacements: [UInt8]
  private static let space: [UInt8] = [0xE2, 0x96, 0x81]  // ▁

  /// - Parameter charsmap: u32 trie size in bytes, the trie, then the replacements.
  init?(charsmap: [UInt8]) {
    guard charsmap.count >= 4 else { return nil }
    let size = Int(charsmap[0]) | Int(charsmap[1]) << 8 | Int(charsmap[2]) << 16
      | Int(charsmap[3]) << 24
    guard size % 4 == 0, 4 + size <= charsmap.count else { return nil }
    var units = [UInt32](repeating: 0, count: size / 4)
    for k in 0..<units.count {
      let o = 4 + 4 * k
      units[k] =
        UInt32(charsmap[o]) | UInt32(charsmap[o + 1]) << 8 | UInt32(charsmap[o + 2]) << 16
        | UInt32(charsmap[o + 3]) << 24
    }
    self.units = units
    self.replacements = Array(charsmap[(4 + size)...])
  }

  private static func offset(_ unit: UInt32) -> Int {
    Int((unit >> 10) << ((unit & 0x200) >> 6))
  }

  /// The normalized form of the longest charsmap key at `bytes[position...]` and the
  /// bytes it consumed; one (valid) UTF-8 character unchanged when no key matches.
  private func normalizePrefix(_ bytes: [UInt8], _ position: Int) -> (ArraySlice<UInt8>, Int) {
    var bestLength = 0
    var bestValue = 0
    if !units.isEmpty {
      var node = Self.offset(units[0])
      var i = position
      while i < bytes.count {
        let c = Int(bytes[i])
        node ^= c
        guard node >= 0, node < units.count else { break }
        let unit = units[node]
        if Int(unit & 0x8000_00FF) != c { break }
        node ^= Self.offset(unit)
        i += 1
        if unit & 0x100 != 0, node >= 0, node < units.count {
          bestLength = i - position
          bestValue = Int(units[node] & 0x7FFF_FFFF)
        }
      }
    }
    if bestLength == 0 || bestValue >= replacements.count {
      let first = bytes[position]
      var length =
        first < 0x80 ? 1 : first >> 5 == 0x6 ? 2 : first >> 4 == 0xE ? 3 : first >> 3 == 0x1E ? 4 : 1
      if length > 1 {
        for k in 1..<length where position + k >= bytes.count || bytes[position + k] & 0xC0 != 0x80 {
          length = 1
          break
        }
      }
      return (bytes[position..<(position + length)], length)
    }
    var end = bestValue
    while end < replacements.count, replacements[end] != 0 { end += 1 }
    return (replacements[bestValue..<end], bestLength)
  }

  /// The normalized text, as UTF-8 bytes.
  func normalize(_ text: String) -> [UInt8] {
    let raw = Array(text.utf8)
    var position = 0
    while position < raw.count {
      let (piece, advance) = normalizePrefix(raw, position)
      if !(piece.count == 1 && piece.first == 0x20) { break }
      position += advance
    }
    if position >= raw.count { return [] }
    var out = Self.space
    var previousSpace = true
    while position < raw.count {
      var (piece, advance) = normalizePrefix(raw, position)
      position += advance
      if previousSpace {
        while piece.first == 0x20 { piece = piece.dropFirst() }
      }
      guard !piece.isEmpty else { continue }
      if piece.contains(0x20) {
        for byte in piece {
          if byte == 0x20 { out += Self.space } else { out.append(byte) }
        }
        previousSpace = piece.last == 0x20
      } else {
        out += piece
        previousSpace = false
      }
    }
    while out.count >= 3, Array(out.suffix(3)) == Self.space { out.removeLast(3) }
    return out
  }
}
