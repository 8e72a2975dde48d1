import BitextSegmentation
import Foundation

/// The figures `bitext report` shows, computed from alignment records (those that
/// `bitext align --jsonl` writes), so a saved alignment and a fresh one report alike.
public struct ReportSummary: Sendable, Codable {
  /// Document name.
  public var document: String
  /// Chinese sentences.
  public var zhSentences = 0
  /// English sentences.
  public var enSentences = 0
  /// Chinese sentences in a pair.
  public var zhAligned = 0
  /// English sentences in a pair.
  public var enAligned = 0
  /// Pairs in all, and pairs at or above the export threshold.
  public var pairs = 0
  /// Pairs that go to the TMX.
  public var exported = 0
  /// Runs of pairs close to each other: regions found to be the same text.
  public var regionsPaired = 0
  /// The paired regions: where each starts and ends on both sides (source lines) and how
  /// many exported pairs it holds.
  public var regions: [Region] = []
  /// Runs of at least three consecutive unaligned sentences on one side.
  public var regionsLeft = 0
  /// Pairs per bead shape (`1-1`, `1-2` …).
  public var shapes: [String: Int] = [:]
  /// Pairs per confidence tenth: index 0 holds [0, 0.1), index 9 holds [0.9, 1].
  public var confidenceHistogram = [Int](repeating: 0, count: 10)
  /// Median English/Chinese character ratio over the pairs.
  public var medianLengthRatio = 0.0
  /// Pairs whose length ratio is more than 2.5 times off the median.
  public var lengthOutliers = 0
  /// Pairs where a number appears on one side only.
  public var numberMismatches = 0
  /// The weakest pairs (lowest confidence first), as record indices.
  public var weakest: [Int] = []

  /// Share of Chinese sentences aligned.
  public var zhShare: Double { zhSentences == 0 ? 0 : Double(zhAligned) / Double(zhSentences) }
  /// Share of English sentences aligned.
  public var enShare: Double { enSentences == 0 ? 0 : Double(enAligned) / Double(enSentences) }

  /// Computes the summary of `records`.
  ///
  /// - Complexity: O(n log n) for n records.
  public init(document: String, records: [AlignmentRecord]) {
    self.document = document
    var ratios: [(Double, Int)] = []
    var lastZh = -100
    var lastEn = -100
    var unalignedRun = (zh: 0, en: 0)
    for (index, record) in records.enumerated() {
      if record.type == "pair", let zh = record.zh, let en = record.en {
        pairs += 1
        if record.exported != false { exported += 1 }
        zhSentences += zh.sentences.count
        enSentences += en.sentences.count
        zhAligned += zh.sentences.count
        enAligned += en.sentences.count
        shapes[record.shape ?? "?", default: 0] += 1
        let confidence = record.confidence ?? 0
        confidenceHistogram[min(9, max(0, Int(confidence * 10)))] += 1
        let z = Double(zh.text.unicodeScalars.count { !$0.properties.isWhitespace })
        let e = Double(en.text.unicodeScalars.count { !$0.properties.isWhitespace })
        if z > 0 && e > 0 { ratios.append((e / z, index)) }
        if Set(CharacterClass.numbers(in: Array(zh.text.unicodeScalars)))
          != Set(CharacterClass.numbers(in: Array(en.text.unicodeScalars)))
        {
          numberMismatches += 1
        }
        if record.exported != false {
          if zh.sentences.first! - lastZh > 5 || en.sentences.first! - lastEn > 5 {
            regions.append(Region(zhLines: zh.line...zh.line, enLines: en.line...en.line, pairs: 0))
          }
          let last = regions.count - 1
          regions[last].zhLines =
            regions[last].zhLines.lowerBound...max(zh.line, regions[last].zhLines.upperBound)
          regions[last].enLines =
            regions[last].enLines.lowerBound...max(en.line, regions[last].enLines.upperBound)
          regions[last].pairs += 1
          lastZh = zh.sentences.last!
          lastEn = en.sentences.last!
        }
        unalignedRun = (0, 0)
      } else if record.type == "unaligned" {
        if record.lang == "en" {
          enSentences += 1
          unalignedRun.en += 1
          if unalignedRun.en == 3 { regionsLeft += 1 }
        } else {
          zhSentences += 1
          unalignedRun.zh += 1
          if unalignedRun.zh == 3 { regionsLeft += 1 }
        }
      }
    }
    regionsPaired = regions.count
    if !ratios.isEmpty {
      let sorted = ratios.map(\.0).sorted()
      medianLengthRatio = sorted[sorted.count / 2]
      lengthOutliers = ratios.count {
        $0.0 > medianLengthRatio * 2.5 || $0.0 < medianLengthRatio / 2.5
      }
    }
    weakest = records.indices.filter { records[$0].type == "pair" }
      .sorted { (records[$0].confidence ?? 0) < (records[$1].confidence ?? 0) }
      .prefix(5).map { $0 }
  }

  /// A run of pairs close to each other on both sides.
  public struct Region: Sendable, Codable, Equatable {
    /// First and last source line of the Chinese side.
    public var zhLines: ClosedRange<Int>
    /// First and last source line of the English side.
    public var enLines: ClosedRange<Int>
    /// Exported pairs in the region.
    public var pairs: Int

    /// Creates a region.
    public init(zhLines: ClosedRange<Int>, enLines: ClosedRange<Int>, pairs: Int) {
      self.zhLines = zhLines
      self.enLines = enLines
      self.pairs = pairs
    }
  }
}
