import Bitext
import Testing

@Suite("Language tags")
struct LanguageTaggerTests {
  let tagger = LanguageTagger()

  @Test(
    "Scripts and languages",
    arguments: [
      ("茶起源于中国西南地区，至今已有数千年的历史。", Language.zhHans),
      ("茶起源於中國西南地區，至今已有數千年的歷史。", .zhHant),
      ("Tea originated in southwest China.", .en),
      ("Чай пришёл в Европу в семнадцатом веке.", .ru),
      ("据 Global Firepower Index 显示，中国军力排名第三。", .zhHans),
      ("President Xi Jinping (习近平) spoke at the summit in Beijing yesterday.", .en),
    ])
  func tags(text: String, expected: Language) {
    #expect(tagger.language(of: text) == expected)
  }

  @Test("Numbers alone have no language")
  func neutral() {
    #expect(tagger.language(of: "2024 — 17, 3.5%") == nil)
  }
}
