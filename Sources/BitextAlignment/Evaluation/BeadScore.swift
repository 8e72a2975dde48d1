public import BitextCore
import Foundation

/// A sentence alignment as bead lists of 0-based sentence (line) numbers, the format of
/// Vecalign and Bertalign (`[0,1]:[2]` per line, Chinese side first; `[3]:[]` leaves a
/// sentence out).
public struct BeadList: Sendable, Equatable {
  /// One bead: Chinese and English sentence numbers.
  public struct Bead: Sendable, Hashable {
    /// Chinese sentence numbers.
    public var zh: [Int]
    /// English sentence numbers.
    public var en: [Int]

    /// Creates a bead.
    public init(zh: [Int], en: [Int]) {
      self.zh = zh
      self.en = en
    }
  }

  /// The beads in file order.
  public var beads: [Bead]

  /// Creates a bead list.
  public init(beads: [Bead]) { self.beads = beads }

  /// Parses bead-file text; blank lines are skipped.
  ///
  /// - Throws: ``BitextError`` (`malformed`) naming the first line that is not
  ///   `[numbers]:[numbers]` with numbers from 0.
  public static func parse(_ text: String, name: String = "beads") throws(BitextError)
    -> BeadList
  {
    var beads: [Bead] = []
    for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false)
      .enumerated()
    {
      let trimmed = line.trimmingCharacters(in: .whitespacesAndNewlines)
      if trimmed.isEmpty { continue }
      let sides = trimmed.split(separator: ":", omittingEmptySubsequences: false)
      guard sides.count == 2, let zh = numbers(sides[0]), let en = numbers(sides[1]) else {
        throw BitextError(
          .malformed, "\(name):\(number + 1): not a bead line like [0,1]:[2]")
      }
      beads.append(Bead(zh: zh, en: en))
    }
    return BeadList(beads: beads)
  }

  /// Reads a bead file.
  public static func load(path: String) throws(BitextError) -> BeadList {
    guard let data = FileManager.default.contents(atPath: path),
      let text = String(data: data, encoding: .utf8)
    else {
      throw BitextError(.unreadable, "\(path): cannot read the bead file")
    }
    return try parse(text, name: path)
  }

  private static func numbers(_ side: Substring) -> [Int]? {
    let inner = side.trimmingCharacters(in: .whitespaces)
    guard inner.hasPrefix("["), inner.hasSuffix("]") else { return nil }
    let body = inner.dropFirst().dropLast()
    if body.trimmingCharacters(in: .whitespaces).isEmpty { return [] }
    var result: [Int] = []
    for item in body.split(separator: ",") {
      guard let value = Int(item.trimmingCharacters(in: .whitespaces)), value >= 0,
        value < 100_000_000
      else { return nil }
      result.append(value)
    }
    return result
  }

  /// The file text: one `[zh]:[en]` line per bead.
  public var text: String {
    beads.map { bead in
      "[\(bead.zh.map(String.init).joined(separator: ","))]:[\(bead.en.map(String.init).joined(separator: ","))]\n"
    }.joined()
  }
}

/// Strict and lax bead precision and recall (Sennrich & Volk 2010, as Vecalign and
/// Bertalign score): a test bead is a strict hit when the reference has exactly that bead,
/// a lax hit when it shares a Chinese sentence with a reference bead and an English
/// sentence with the same reference bead's link set. Precision counts every test bead but
/// empty ones; recall counts the reference's beads with both sides, against test beads
/// with both sides. Counts add up over documents (micro average).
public struct BeadScore: Sendable {
  /// Precision counts: strict hits, strict misses, lax hits, lax misses.
  public var precisionCounts = [0, 0, 0, 0]
  /// Recall counts, the same over the reference's beads.
  public var recallCounts = [0, 0, 0, 0]

  /// An empty score, to add documents to.
  public init() {}

  /// The score of `test` against `reference`.
  public init(test: BeadList, reference: BeadList) {
    precisionCounts = Self.counts(reference: reference.beads, test: test.beads)
    let both = { (beads: [BeadList.Bead]) in beads.filter { !$0.zh.isEmpty && !$0.en.isEmpty } }
    recallCounts = Self.counts(reference: both(test.beads), test: both(reference.beads))
  }

  /// The sum of two scores.
  public static func + (a: BeadScore, b: BeadScore) -> BeadScore {
    var result = BeadScore()
    result.precisionCounts = zip(a.precisionCounts, b.precisionCounts).map(+)
    result.recallCounts = zip(a.recallCounts, b.recallCounts).map(+)
    return result
  }

  private static func counts(reference: [BeadList.Bead], test: [BeadList.Bead]) -> [Int] {
    let referenceSet = Set(reference.filter { !$0.zh.isEmpty || !$0.en.isEmpty })
    var links: [Int: Set<Int>] = [:]
    for bead in referenceSet {
      for i in bead.zh { links[i, default: []].formUnion(bead.en) }
    }
    var result = [0, 0, 0, 0]
    for bead in Set(test) where !bead.zh.isEmpty || !bead.en.isEmpty {
      if referenceSet.contains(bead) {
        result[0] += 1
        result[2] += 1
      } else {
        result[1] += 1
        let linked = bead.zh.reduce(into: Set<Int>()) { $0.formUnion(links[$1] ?? []) }
        if linked.isDisjoint(with: bead.en) { result[3] += 1 } else { result[2] += 1 }
      }
    }
    return result
  }

  private static func ratio(_ hits: Int, _ misses: Int) -> Double {
    hits + misses == 0 ? 0 : Double(hits) / Double(hits + misses)
  }

  private static func f1(_ p: Double, _ r: Double) -> Double { p + r == 0 ? 0 : 2 * p * r / (p + r) }

  /// Strict precision.
  public var strictPrecision: Double { Self.ratio(precisionCounts[0], precisionCounts[1]) }
  /// Strict recall.
  public var strictRecall: Double { Self.ratio(recallCounts[0], recallCounts[1]) }
  /// Strict F1.
  public var strictF1: Double { Self.f1(strictPrecision, strictRecall) }
  /// Lax precision.
  public var laxPrecision: Double { Self.ratio(precisionCounts[2], precisionCounts[3]) }
  /// Lax recall.
  public var laxRecall: Double { Self.ratio(recallCounts[2], recallCounts[3]) }
  /// Lax F1.
  public var laxF1: Double { Self.f1(laxPrecision, laxRecall) }
}
