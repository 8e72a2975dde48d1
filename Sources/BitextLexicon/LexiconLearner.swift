/// Learns a small Chinese → English lexicon from sentence pairs believed right, for
/// aligning without a dictionary (hunalign's second pass): Han characters and character
/// bigrams are associated with English stems by their Dice coefficient over the pairs.
public enum LexiconLearner {
  /// A lexicon of the associations found in `pairs` (zh text, en text).
  ///
  /// - Parameters:
  ///   - minimumCount: Pairs an association must occur in.
  ///   - minimumDice: Smallest Dice coefficient kept.
  ///   - perHeadword: Most English stems kept per Chinese unit.
  /// - Complexity: O(p·z·e) for p pairs of z Chinese units and e English stems.
  public static func learn(
    pairs: [(zh: String, en: String)], minimumCount: Int = 2, minimumDice: Double = 0.3,
    perHeadword: Int = 3
  ) -> Lexicon {
    var zhCount: [String: Int] = [:]
    var enCount: [String: Int] = [:]
    var joint: [String: [String: Int]] = [:]
    for (zh, en) in pairs {
      let zhUnits = Set(units(zh))
      let enStems = Set(EnglishTokenizer.contentStems(en))
      for u in zhUnits { zhCount[u, default: 0] += 1 }
      for s in enStems { enCount[s, default: 0] += 1 }
      for u in zhUnits {
        for s in enStems { joint[u, default: [:]][s, default: 0] += 1 }
      }
    }
    var lexicon = Lexicon()
    // Sorted, so that the lexicon (and so the alignment) is the same on every run.
    for (unit, counts) in joint.sorted(by: { $0.key < $1.key }) {
      let scored = counts.compactMap { stem, count -> (String, Double)? in
        guard count >= minimumCount else { return nil }
        let dice = 2 * Double(count) / Double(zhCount[unit]! + enCount[stem]!)
        return dice >= minimumDice ? (stem, dice) : nil
      }.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }.prefix(perHeadword)
      if !scored.isEmpty { lexicon.add(headword: unit, stems: scored.map(\.0)) }
    }
    return lexicon
  }

  /// Han characters and Han character bigrams of `text`.
  static func units(_ text: String) -> [String] {
    var result: [String] = []
    var previous: Unicode.Scalar?
    for scalar in text.unicodeScalars {
      guard (0x4E00...0x9FFF).contains(scalar.value) || (0x3400...0x4DBF).contains(scalar.value)
      else {
        previous = nil
        continue
      }
      result.append(String(scalar))
      if let previous { result.append(String(previous) + String(scalar)) }
      previous = scalar
    }
    return result
  }
}
