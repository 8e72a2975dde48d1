/// Precision, recall and F1 of predicted pairs against a ``Reference``, computed as
/// `shared/eval/tmxeval.py` does: every pair is located in the source by its text, mapped
/// to the reference sentences it covers and turned into zh×en links.
public struct AlignmentScore: Sendable {
  /// Pairs given.
  public var pairs = 0
  /// Pairs repeated (scored once).
  public var duplicates = 0
  /// Pairs whose text was not found in the source.
  public var unlocated = 0
  /// Links predicted (a side that lands on no reference sentence is one wrong link).
  public var predictedLinks = 0
  /// Links of required beads.
  public var referenceLinks = 0
  /// Link precision.
  public var precision = 1.0
  /// Link recall over required beads.
  public var recall = 1.0
  /// Link F1.
  public var f1 = 0.0
  /// Share of pairs that are exactly a reference bead.
  public var strictPrecision = 1.0
  /// Share of required reference beads given exactly.
  public var strictRecall = 1.0
  /// Pairs with no right link: (zh, en) text.
  public var wrong: [(zh: String, en: String)] = []
  /// Required reference beads with a link not found: (zh, en) text.
  public var missed: [(zh: String, en: String)] = []

  /// Scores `pairs` (zh, en text) against `reference`, whose source texts are given.
  ///
  /// - Parameters:
  ///   - zhSource: The text of the reference's source file.
  ///   - enSource: The English file's text when the reference is a pair of files.
  public init(
    pairs given: [(zh: String, en: String)], reference: Reference, zhSource: String,
    enSource: String? = nil
  ) {
    let zhLocator = SourceLocator(text: zhSource)
    let enLocator = enSource.map { SourceLocator(text: $0) } ?? zhLocator
    typealias Span = Pair
    var zhUnits: [Span] = []
    var enUnits: [Span] = []
    var beads: [(zh: Set<Span>, en: Set<Span>, optional: Bool, index: Int)] = []
    for (index, bead) in reference.beads.enumerated() {
      let z = bead.zh.compactMap { zhLocator.resolve($0) }.map { Pair($0.0, $0.1) }
      let e = bead.en.compactMap { enLocator.resolve($0) }.map { Pair($0.0, $0.1) }
      zhUnits += z
      enUnits += e
      beads.append((Set(z), Set(e), bead.optional, index))
    }
    var required: Set<Link> = []
    var all: Set<Link> = []
    for bead in beads {
      for z in bead.zh {
        for e in bead.en {
          all.insert(Link(z, e))
          if !bead.optional { required.insert(Link(z, e)) }
        }
      }
    }
    var seen: Set<String> = []
    var predicted: Set<Link> = []
    var wrongExtra = 0
    var strictHits: Set<Int> = []
    var strictPairs = 0
    pairs = given.count
    for (zh, en) in given {
      let key =
        String(SourceLocator.stripWhitespace(zh).map(Character.init)) + "\u{1}"
        + String(SourceLocator.stripWhitespace(en).map(Character.init))
      if !seen.insert(key).inserted {
        duplicates += 1
        continue
      }
      if zh.allSatisfy(\.isWhitespace) || en.allSatisfy(\.isWhitespace) {
        wrongExtra += 1
        continue
      }
      let zhSpans = zhLocator.spans(zh)
      let enSpans = enLocator.spans(en)
      if zhSpans.isEmpty || enSpans.isEmpty {
        unlocated += 1
        wrongExtra += 1
        wrong.append((zh, en))
        continue
      }
      var readings:
        [(
          right: Int, zh: [Span], en: [Span], links: Set<Link>, zhWhole: Set<Span>,
          enWhole: Set<Span>
        )] = []
      for zs in zhSpans {
        for es in enSpans {
          let z = Self.covered(zs, zhUnits, whole: false)
          let e = Self.covered(es, enUnits, whole: false)
          var links: Set<Link> = []
          for a in z { for b in e { links.insert(Link(a, b)) } }
          readings.append(
            (
              links.intersection(all).count, z, e, links,
              Set(Self.covered(zs, zhUnits, whole: true)),
              Set(Self.covered(es, enUnits, whole: true))
            ))
        }
      }
      let right = readings.filter { $0.right > 0 }
      if right.isEmpty {
        let r = readings.min {
          ($0.links.isEmpty ? Int.max : $0.links.count)
            < ($1.links.isEmpty ? Int.max : $1.links.count)
        }!
        if r.zh.isEmpty || r.en.isEmpty { wrongExtra += 1 } else { predicted.formUnion(r.links) }
        wrong.append((zh, en))
        continue
      }
      var hit = false
      for reading in right {
        predicted.formUnion(reading.links)
        for bead in beads where reading.zhWhole == bead.zh && reading.enWhole == bead.en {
          strictHits.insert(bead.index)
          hit = true
        }
      }
      if hit { strictPairs += 1 }
    }
    let truePositives = predicted.intersection(all).count
    predictedLinks = predicted.count + wrongExtra
    referenceLinks = required.count
    precision = predictedLinks > 0 ? Double(truePositives) / Double(predictedLinks) : 1
    recall =
      required.isEmpty ? 1 : Double(predicted.intersection(required).count) / Double(required.count)
    f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0
    let requiredBeads = beads.filter { !$0.optional }
    strictRecall =
      requiredBeads.isEmpty
      ? 1 : Double(strictHits.filter { !beads[$0].optional }.count) / Double(requiredBeads.count)
    strictPrecision = seen.isEmpty ? 1 : Double(strictPairs) / Double(seen.count)
    for bead in requiredBeads {
      let links = bead.zh.flatMap { z in bead.en.map { Link(z, $0) } }
      if !links.allSatisfy(predicted.contains) {
        let source = reference.beads[bead.index]
        missed.append(
          (
            source.zh.map(\.text).joined(separator: " "),
            source.en.map(\.text).joined(separator: " ")
          ))
      }
    }
  }

  /// Reference units a span covers: at least half of the unit, or (unless `whole`) half
  /// of the span.
  static func covered(_ span: (Int, Int), _ units: [Pair], whole: Bool) -> [Pair] {
    units.filter { unit in
      let overlap = min(span.1, unit.end) - max(span.0, unit.start)
      guard overlap > 0 else { return false }
      return Double(overlap) >= 0.5 * Double(unit.end - unit.start)
        || (!whole && Double(overlap) >= 0.5 * Double(span.1 - span.0))
    }
  }

  struct Pair: Hashable {
    var start: Int
    var end: Int
    init(_ start: Int, _ end: Int) {
      self.start = start
      self.end = end
    }
  }

  struct Link: Hashable {
    var zh: Pair
    var en: Pair
    init(_ zh: Pair, _ en: Pair) {
      self.zh = zh
      self.en = en
    }
  }
}
