import Foundation

/// What ICU's transforms say of each Han character, asked once per process.
///
/// Opening an ICU transliterator compiles its rules (milliseconds), and running one per
/// character costs a call and two string conversions; a batch of small documents paid both
/// for every document. This table opens `Hant-Hans`, `Hans-Hant` and
/// `Han-Latin; Latin-ASCII` once and remembers, per character, its Simplified form, whether
/// it belongs to one script only, and its pinyin syllable. It is shared and thread-safe.
public final class HanCharacters: @unchecked Sendable {
  /// The process-wide table.
  public static let shared = HanCharacters()

  /// One character's facts.
  public struct Facts: Sendable {
    /// The Simplified form when `Hant-Hans` changes the character to one other character.
    public var simplified: Unicode.Scalar?
    /// +1 Traditional only, -1 Simplified only, 0 shared by both scripts.
    public var script: Int8
    /// Lowercase ASCII pinyin syllable ("" when ICU has none).
    public var pinyin: String
  }

  private let lock = NSLock()
  private var table: [Unicode.Scalar: Facts] = [:]
  private let toSimplified = try? ICUTransliterator("Hant-Hans")
  private let toTraditional = try? ICUTransliterator("Hans-Hant")
  private let toPinyin = try? ICUTransliterator("Han-Latin; Latin-ASCII")

  private init() {}

  /// The facts of `scalar` (computed on first use, under a lock: ICU transliterators keep
  /// state while they run).
  public func facts(_ scalar: Unicode.Scalar) -> Facts {
    lock.lock()
    defer { lock.unlock() }
    if let known = table[scalar] { return known }
    let text = String(scalar)
    var facts = Facts(simplified: nil, script: 0, pinyin: "")
    if let simplified = toSimplified?(text), simplified != text {
      facts.script = 1
      let scalars = simplified.unicodeScalars
      if scalars.count == 1 { facts.simplified = scalars.first }
    } else if let traditional = toTraditional?(text), traditional != text {
      facts.script = -1
    }
    facts.pinyin = String(
      (toPinyin?(text) ?? "").lowercased().unicodeScalars.filter {
        $0.isASCII && $0.properties.isAlphabetic
      }.map(Character.init))
    table[scalar] = facts
    return facts
  }
}
