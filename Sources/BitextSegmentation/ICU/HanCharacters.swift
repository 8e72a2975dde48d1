import Foundation

/// What ICU's transforms say of each Han character, asked once per process.
///
/// Opening an ICU transliterator compiles its rules (milliseconds), and running one per
/// character costs a call and two string conversions; a batch of small documents paid both
/// for every document. This table opens `Hant-Hans`, `Hans-Hant` and
/// `Han-Latin; Latin-ASCII` once and remembers, per character, its Simplified form, whether
/// it belongs to one script only, and its pinyin syllable. It is shared and thread-safe.
package final class HanCharacters: @unchecked Sendable {
  /// The process-wide table.
  package static let shared = HanCharacters()

  /// A character's script facts.
  package struct Script: Sendable {
    /// The Simplified form when `Hant-Hans` changes the character to one other character.
    package var simplified: Unicode.Scalar?
    /// +1 Traditional only, -1 Simplified only, 0 shared by both scripts.
    package var script: Int8
  }

  private let lock = NSLock()
  private var scripts: [Unicode.Scalar: Script] = [:]
  private var syllables: [Unicode.Scalar: String] = [:]
  // Opened on first use: `Han-Latin` alone takes about 80 ms to open, which a command
  // that only tags languages should not pay.
  private lazy var toSimplified = try? ICUTransliterator("Hant-Hans")
  private lazy var toTraditional = try? ICUTransliterator("Hans-Hant")
  private lazy var toPinyin = try? ICUTransliterator("Han-Latin; Latin-ASCII")

  private init() {}

  /// The script facts of `scalar` (computed on first use, under a lock: ICU
  /// transliterators keep state while they run).
  package func script(_ scalar: Unicode.Scalar) -> Script {
    lock.lock()
    defer { lock.unlock() }
    if let known = scripts[scalar] { return known }
    let text = String(scalar)
    var facts = Script(simplified: nil, script: 0)
    if let simplified = toSimplified?(text), simplified != text {
      facts.script = 1
      let scalars = simplified.unicodeScalars
      if scalars.count == 1 { facts.simplified = scalars.first }
    } else if let traditional = toTraditional?(text), traditional != text {
      facts.script = -1
    }
    scripts[scalar] = facts
    return facts
  }

  /// The lowercase ASCII pinyin syllable of `scalar` ("" when ICU has none).
  package func pinyin(_ scalar: Unicode.Scalar) -> String {
    lock.lock()
    defer { lock.unlock() }
    if let known = syllables[scalar] { return known }
    let syllable = String(
      (toPinyin?(String(scalar)) ?? "").lowercased().unicodeScalars.filter {
        $0.isASCII && $0.properties.isAlphabetic
      }.map(Character.init))
    syllables[scalar] = syllable
    return syllable
  }
}
