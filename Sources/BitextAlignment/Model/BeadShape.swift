/// How many Chinese and English sentences a bead joins: 1-1, 1-2, 2-1, … 1-0, 0-1.
public struct BeadShape: Sendable, Hashable, Codable, CustomStringConvertible {
  /// Chinese sentences in the bead.
  public var zh: Int
  /// English sentences in the bead.
  public var en: Int

  /// Creates a shape.
  public init(zh: Int, en: Int) {
    self.zh = zh
    self.en = en
  }

  /// `"1-2"` style.
  public var description: String { "\(zh)-\(en)" }

  /// Whether the bead pairs something (not 1-0 or 0-1).
  public var isPair: Bool { zh > 0 && en > 0 }

  /// Every pairing shape with at most `maxSide` sentences on a side and `maxTotal` in all.
  ///
  /// - Complexity: O(maxSide²).
  public static func all(maxSide: Int, maxTotal: Int) -> [BeadShape] {
    var shapes: [BeadShape] = []
    for zh in 1...maxSide {
      for en in 1...maxSide where zh + en <= maxTotal {
        shapes.append(BeadShape(zh: zh, en: en))
      }
    }
    return shapes.sorted { ($0.zh + $0.en, $0.zh) < ($1.zh + $1.en, $1.zh) }
  }
}
