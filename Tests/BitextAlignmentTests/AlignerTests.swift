import Bitext
import Testing

private func unit(_ text: String, _ index: Int, _ language: Language, block: Int? = nil) -> TextUnit
{
  TextUnit(
    block: block ?? index, index: index, language: language, kind: .body, text: text,
    range: SourceRange(start: index * 10, end: index * 10 + 5, line: index + 1, endLine: index + 1))
}

private func align(_ zh: [String], _ en: [String], blocks: [Int]? = nil) -> Alignment {
  let zhUnits = zh.enumerated().map { unit($1, $0, .zhHans, block: blocks?[$0]) }
  let enUnits = en.enumerated().map { unit($1, $0, .en) }
  return Aligner(lexicon: testLexicon).align(zh: zhUnits, en: enUnits)
}

@Suite("Aligner")
struct AlignerTests {
  @Test("One Chinese sentence rendered as two English sentences is a 1-2 bead")
  func oneToTwo() {
    let alignment = align(
      ["河流提供水、灌溉农田，也是运输货物的道路。", "荷兰商人把茶运到了欧洲。"],
      [
        "Rivers supplied water and irrigated the fields.",
        "They were also roads for carrying goods.",
        "Dutch merchants shipped tea to Europe.",
      ])
    #expect(alignment.beads.map(\.shape.description) == ["1-2", "1-1"])
    #expect(alignment.beads[0].en == 0..<2)
  }

  @Test("A sentence without counterpart stays unaligned (a null bead, not a 2-1)")
  func nullBead() {
    let alignment = align(
      ["茶起源于中国。", "猫整天睡觉。", "荷兰商人把茶运到了欧洲。"],
      ["Tea originated in China.", "Dutch merchants shipped tea to Europe."], blocks: [0, 1, 2])
    #expect(alignment.unalignedZh == [1])
    #expect(alignment.beads.map(\.shape.description) == ["1-1", "1-1"])
  }

  @Test("No English text: no pairs and a clear warning")
  func noEnglish() {
    let alignment = align(["茶起源于中国。"], [])
    #expect(alignment.beads.isEmpty)
    #expect(alignment.warnings.contains { $0.contains("no English") })
  }

  @Test(
    "Without a dictionary the aligner still pairs by names, numbers and lengths, with a warning")
  func noDictionary() {
    let zh = ["1662年，凯瑟琳嫁给查理二世。", "1848年，福琼前往福建。"].enumerated().map { unit($1, $0, .zhHans) }
    let en = ["In 1662, Catherine married Charles II.", "In 1848, Fortune travelled to Fujian."]
      .enumerated().map { unit($1, $0, .en) }
    let alignment = Aligner().align(zh: zh, en: en)
    #expect(alignment.warnings.contains { $0.contains("no dictionary") })
    #expect(alignment.beads.map { [$0.zh.lowerBound, $0.en.lowerBound] } == [[0, 0], [1, 1]])
  }

  @Test("The confidence threshold keeps weak pairs out of the TMX but in the JSONL")
  func threshold() throws {
    let alignment = align(
      ["茶起源于中国。", "荷兰商人把茶运到了欧洲。"],
      ["Tea originated in China.", "Dutch merchants shipped tea to Europe."])
    let result = Pipeline.Result(name: "t", alignment: alignment, chineseScript: .zhHans)
    let pipeline = Pipeline(aligner: Aligner(lexicon: testLexicon))
    let all = pipeline.translationUnits(result, minimumConfidence: 0)
    let none = pipeline.translationUnits(result, minimumConfidence: 1.01)
    #expect(all.count == 2 && none.isEmpty)
    let lines = pipeline.jsonLines(result, minimumConfidence: 1.01)
    #expect(lines.filter { $0.contains("\"exported\":false") }.count == 2)
  }

  @Test("Property: beads are monotone, use each sentence at most once; equal texts align 1-1")
  func properties() {
    var generator = SplitMix(seed: 2024)
    let pairs: [(String, String)] = [
      ("茶", "tea"), ("历史", "history"), ("中国", "China"), ("欧洲", "Europe"), ("商人", "merchant"),
      ("猫", "cat"), ("河流", "river"), ("城市", "city"), ("道路", "road"), ("货物", "goods"),
    ]
    for _ in 0..<20 {
      let count = Int.random(in: 3...12, using: &generator)
      var zh: [String] = []
      var en: [String] = []
      for _ in 0..<count {
        let words = (0..<Int.random(in: 2...5, using: &generator)).map { _ in
          pairs[Int.random(in: 0..<pairs.count, using: &generator)]
        }
        zh.append(words.map(\.0).joined() + "。")
        en.append(words.map(\.1).joined(separator: " ") + ".")
      }
      let alignment = align(zh, en)
      var lastZh = 0
      var lastEn = 0
      for bead in alignment.beads {
        #expect(bead.zh.lowerBound >= lastZh && bead.en.lowerBound >= lastEn)
        lastZh = bead.zh.upperBound
        lastEn = bead.en.upperBound
        #expect((0...1).contains(bead.confidence))
      }
      #expect(alignment.beads.count >= count * 3 / 4, "\(alignment.debugDescription)")
    }
  }

  @Test("Alignment dump is readable")
  func dump() {
    let alignment = align(
      ["茶起源于中国。", "荷兰商人把茶运到了欧洲。"],
      ["Tea originated in China.", "Dutch merchants shipped tea to Europe."])
    let lines = alignment.debugDescription.split(separator: "\n")
    #expect(lines.count == 2)
    #expect(lines[0].hasPrefix("0 ↔ 0  ") && lines[1].hasPrefix("1 ↔ 1  "))
  }
}

/// A small deterministic generator for property tests.
struct SplitMix: RandomNumberGenerator {
  var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
