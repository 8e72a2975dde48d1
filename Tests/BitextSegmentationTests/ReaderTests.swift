import Bitext
import Testing

@Suite("Reader: broken lines, debris, kinds and offsets")
struct ReaderTests {
  private func document(_ text: String) throws -> Document {
    try Segmenter().segment(text: text)
  }

  @Test("A Chinese sentence broken after a comma is joined across a blank line")
  func chineseBrokenLine() throws {
    let units = try document("茶叶最早被当作药物，\n\n后来才成为日常饮料。\n").units
    #expect(units.map(\.text) == ["茶叶最早被当作药物，后来才成为日常饮料。"])
  }

  @Test("A Chinese heading without punctuation stays apart from the next paragraph")
  func chineseHeading() throws {
    let units = try document("现实检验\n\n二〇二四年是两国建交七十五周年。\n").units
    #expect(units.map(\.text) == ["现实检验", "二〇二四年是两国建交七十五周年。"])
    #expect(units[0].kind == .heading)
  }

  @Test("Field labels in Chinese, English and Russian give keywords and abstract kinds")
  func fieldLabels() throws {
    let units = try document(
      "【关键词】 茶叶；贸易\n\n【Key Words】 tea; trade\n\n【Ключевые слова】 чай; торговля\n\n"
        + "【Аннотация】 Статья рассматривает торговлю чаем.\n"
    ).units
    #expect(units.prefix(3).map(\.kind) == [.keywords, .keywords, .keywords])
    #expect(units.last?.kind == .abstract)
  }

  @Test("An English line continued in lowercase after a page break is joined")
  func englishPageBreak() throws {
    let units = try document(
      "Relations between the two countries have\n\ngone through three stages.\n"
    ).units
    #expect(
      units.map(\.text) == ["Relations between the two countries have gone through three stages."])
  }

  @Test("A word hyphenated across lines is rejoined")
  func hyphenation() throws {
    let units = try document("The treaty set up an inter-\nnational court in the same year.\n")
      .units
    #expect(units.map(\.text) == ["The treaty set up an international court in the same year."])
  }

  @Test("Short lines such as a credit and a caption stay separate")
  func shortLines() throws {
    let units = try document("AFP/Scanpix\nTwo leaders on a golf cart before a round of golf.\n")
      .units
    #expect(
      units.map(\.text) == ["AFP/Scanpix", "Two leaders on a golf cart before a round of golf."])
  }

  @Test("Markup debris is removed but offsets point into the original bytes")
  func debrisAndOffsets() throws {
    let source = "## **茶的历史**\n\n茶起源于中国<sup>[1]</sup>。^①它传到了欧洲\\*。\n"
    let units = try document(source).units
    #expect(units.map(\.text) == ["茶的历史", "茶起源于中国。", "它传到了欧洲。"])
    #expect(units[0].kind == .heading)
    let bytes = Array(source.utf8)
    for unit in units {
      let slice = String(decoding: bytes[unit.range.start..<unit.range.end], as: UTF8.self)
      #expect(slice.hasPrefix(String(unit.text.prefix(1))), "\(slice)")
      #expect(slice.hasSuffix("。") || slice.hasSuffix("史"), "\(slice)")
    }
    #expect(units[1].range.line == 3)
  }

  @Test("Endnotes, list lines and table-of-contents lines are single units with a kind")
  func kinds() throws {
    let source = """
      [1] Smith, J. The history of tea. London, 2001. Second edition.
      [2] Lin, X. Tea roads. Beijing, 2015.

      - 12 茶叶贸易的兴衰 林小雨

      - first item of a list. It has two sentences.
      """
    let units = try document(source).units
    #expect(units.map(\.kind) == [.endnote, .endnote, .toc, .list])
  }

  @Test("A note marker wrapped onto the next line goes back to its sentence")
  func wrappedMarker() throws {
    let units = try document("茶叶传到了欧洲。\n[3]后来，英国人开始种茶。\n").units
    #expect(units.map(\.text) == ["茶叶传到了欧洲。[3]", "后来，英国人开始种茶。"])
    #expect(units.allSatisfy { $0.kind == .body })
  }

  @Test("Captions are units of their own with kind caption")
  func captions() throws {
    let source = "图 1 茶叶的传播路线\n\nFigure 1. The routes of the tea trade. It spans two continents.\n"
    let units = try document(source).units
    #expect(units.map(\.kind) == [.caption, .caption])
    #expect(units.count == 2)
  }

  @Test("No unit mixes Chinese and English lines")
  func languageSeparation() throws {
    let units = try document("茶的旅程\nThe Journey of Tea\n茶起源于中国。\nTea comes from China.\n").units
    #expect(units.map(\.language) == [.zhHans, .en, .zhHans, .en])
  }
}
