import Bitext
import Foundation
import Testing
import _BitextTestSupport

@Suite("Seeds: segmentation", .enabled(if: Seeds.available, Seeds.skipReason))
struct SeedSegmentationTests {
  @Test("Every seed segments without error, into units with valid ranges")
  func everySeedSegments() throws {
    #expect(!Seeds.documents.isEmpty)
    for path in Seeds.documents {
      let document = try Segmenter().read(path: path)
      #expect(!document.units.isEmpty, "\(path)")
      let size = try FileManager.default.attributesOfItem(atPath: path)[.size] as! Int
      for unit in document.units {
        #expect(unit.range.start < unit.range.end && unit.range.end <= size)
      }
    }
  }

  @Test("No unit mixes Chinese and English: each unit's text agrees with its tag")
  func noMixedUnits() throws {
    let tagger = LanguageTagger()
    for path in Seeds.documents {
      for unit in try Segmenter().read(path: path).units {
        let counts = tagger.counts(unit.text)
        guard !LanguageTagger.isMixed(counts), let tag = tagger.language(for: counts) else {
          continue
        }
        #expect(
          tag.isChinese == unit.language.isChinese, "\(unit.language): \(unit.text.prefix(60))")
      }
    }
  }

  @Test("Sentence boundaries agree with at least 95% of the reference sentences")
  func boundariesAgreeWithReferences() throws {
    for prefix in ["001", "003"] {
      guard let path = Seeds.document(prefix), let gold = Seeds.reference(prefix) else {
        Issue.record("seed \(prefix) or its reference is missing")
        continue
      }
      let agreement = try BoundaryAgreement.measure(document: path, reference: gold)
      #expect(agreement >= 0.95, "\(prefix): \(agreement)")
    }
  }
}

/// Share of reference sentences whose start and end coincide with unit boundaries
/// (whitespace ignored; markup and punctuation at the edges tolerated).
enum BoundaryAgreement {
  static func measure(document path: String, reference: String) throws -> Double {
    let text = try String(contentsOfFile: path, encoding: .utf8)
    let units = try Segmenter().read(path: path).units
    // Byte offset → index in the whitespace-free text.
    var stripped: [Unicode.Scalar] = []
    var index: [Int: Int] = [:]
    var byte = 0
    for scalar in text.unicodeScalars {
      index[byte] = stripped.count
      if !scalar.properties.isWhitespace { stripped.append(scalar) }
      byte += UTF8.width(scalar)
    }
    index[byte] = stripped.count
    var masked = stripped
    let tags = ["<sup>", "</sup>", "<sub>", "</sub>"].map { Array($0.unicodeScalars) }
    var k = 0
    while k < masked.count {
      if let tag = tags.first(where: { masked[k...].starts(with: $0) }) {
        for m in k..<(k + tag.count) { masked[m] = "#" }
        k += tag.count
      } else {
        k += 1
      }
    }
    func alnum(_ s: Unicode.Scalar) -> Bool {
      s.properties.isAlphabetic || s.properties.numericType != nil
    }
    func forward(_ p: Int) -> Int {
      var p = p
      while p < masked.count, !alnum(masked[p]) { p += 1 }
      return p
    }
    func backward(_ p: Int) -> Int {
      var p = p
      while p > 0, !alnum(masked[p - 1]) { p -= 1 }
      return p
    }
    let starts = Set(units.map { forward(index[$0.range.start]!) })
    let ends = Set(units.map { backward(index[$0.range.end]!) })
    let gold = try Reference.load(path: reference)
    var total = 0
    var agree = 0
    for bead in gold.beads {
      for entry in bead.zh + bead.en {
        let needle = Array(entry.text.unicodeScalars.filter { !$0.properties.isWhitespace })
        var hits: [Int] = []
        var i = 0
        while i + needle.count <= stripped.count {
          if stripped[i] == needle[0], stripped[i..<(i + needle.count)].elementsEqual(needle) {
            hits.append(i)
          }
          i += 1
        }
        let occurrence = (entry.occurrence ?? 1) - 1
        guard occurrence < hits.count else { continue }
        total += 1
        let start = hits[occurrence]
        if starts.contains(forward(start)) && ends.contains(backward(start + needle.count)) {
          agree += 1
        }
      }
    }
    return total == 0 ? 0 : Double(agree) / Double(total)
  }
}
