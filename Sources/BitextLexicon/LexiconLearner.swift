/// Learns a small Chinese → English lexicon from sentence pairs believed right, for
/// aligning without a dictionary (hunalign's second pass): Han characters and character
/// bigrams are associated with English stems by their Dice coefficient over the pairs.
package enum LexiconLearner {
  /// A lexicon of the associations found in `pairs` (zh text, en text).
  ///
  /// - Parameters:
  ///   - minimumCount: Pairs an association must occur in.
  ///   - minimumDice: Smallest Dice coefficient kept.
  ///   - perHeadword: Most English stems kept per Chinese unit.
  /// - Complexity: O(p·z·e) for p pairs of z Chinese units and e English stems.
  package static func learn(
    pairs: [(zh: String, en: String)], minimumCount: Int = 2, minimumDice: Double = 0.3,
    perHeadword: Int = 3
  ) -> Lexicon {
    // Units and stems are numbered as they are met, and counted by number: a pair's
    // product of units and stems touches the joint table only through integer keys.
    var units = Numbering<UInt64>()
    var stems = Numbering<String>()
    var joint: [UInt64: Int] = [:]
    for (zh, en) in pairs {
      let pairUnits = Set(unitKeys(zh).map { units.number($0) })
      let pairStems = Set(EnglishTokenizer.contentStems(en).map { stems.number($0) })
      for u in pairUnits { units.counts[Int(u)] += 1 }
      for s in pairStems { stems.counts[Int(s)] += 1 }
      for u in pairUnits {
        for s in pairStems { joint[UInt64(UInt32(u)) << 32 | UInt64(UInt32(s)), default: 0] += 1 }
      }
    }
    var candidates: [Int32: [(stem: Int32, count: Int)]] = [:]
    for (key, count) in joint where count >= minimumCount {
      candidates[Int32(truncatingIfNeeded: key >> 32), default: []].append(
        (Int32(truncatingIfNeeded: key & 0xFFFF_FFFF), count))
    }
    var lexicon = Lexicon()
    // Sorted, so that the lexicon (and so the alignment) is the same on every run.
    let named = candidates.map { (name: unitName(units.keys[Int($0.key)]), unit: $0.key, $0.value) }
    for (name, unit, counts) in named.sorted(by: { $0.name < $1.name }) {
      let scored = counts.compactMap { stem, count -> (String, Double)? in
        let dice = 2 * Double(count) / Double(units.counts[Int(unit)] + stems.counts[Int(stem)])
        return dice >= minimumDice ? (stems.keys[Int(stem)], dice) : nil
      }.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }.prefix(perHeadword)
      if !scored.isEmpty { lexicon.add(headword: name, stems: scored.map(\.0)) }
    }
    return lexicon
  }

  /// Keys of the Han characters (the scalar) and character bigrams (two scalars and a top
  /// bit) of `text`.
  static func unitKeys(_ text: String) -> [UInt64] {
    var result: [UInt64] = []
    var previous: Unicode.Scalar?
    for scalar in text.unicodeScalars {
      guard (0x4E00...0x9FFF).contains(scalar.value) || (0x3400...0x4DBF).contains(scalar.value)
      else {
        previous = nil
        continue
      }
      result.append(UInt64(scalar.value))
      if let previous { result.append(1 << 63 | UInt64(previous.value) << 21 | UInt64(scalar.value)) }
      previous = scalar
    }
    return result
  }

  /// The text of a key from ``unitKeys(_:)``.
  static func unitName(_ key: UInt64) -> String {
    let second = Unicode.Scalar(UInt32(key & 0x1F_FFFF))!
    guard key >> 63 == 1 else { return String(second) }
    let first = Unicode.Scalar(UInt32((key >> 21) & 0x1F_FFFF))!
    return String(first) + String(second)
  }
}

/// Numbers keys in the order they are first met, with a count per number.
private struct Numbering<Key: Hashable> {
  var numbers: [Key: Int32] = [:]
  var keys: [Key] = []
  var counts: [Int] = []

  mutating func number(_ key: Key) -> Int32 {
    if let number = numbers[key] { return number }
    let number = Int32(keys.count)
    numbers[key] = number
    keys.append(key)
    counts.append(0)
    return number
  }
}
