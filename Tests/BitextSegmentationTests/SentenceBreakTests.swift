import Bitext
import Testing

@Suite("Sentence breaks")
struct SentenceBreakTests {
  private func sentences(_ text: String) throws -> [String] {
    try Segmenter().segment(text: text).units.map(\.text)
  }

  @Test(
    "English abbreviations, initials and decimals do not end sentences",
    arguments: [
      ("Dr. Smith arrived late. He sat down.", 2),
      ("The U.S. economy grew last year. Prices rose.", 2),
      ("See p.20 and Vol.43, No.4 for the details. Then stop.", 2),
      ("Smith et al. found the same result. Others did not.", 2),
      ("A. V. Torkunov opened the meeting. Others listened.", 2),
      ("Growth reached 3.5 percent in 2024. It slowed later.", 2),
      ("Mr. Lee met Prof. Wang in Jan. 2020 at the university. They talked.", 2),
    ])
  func abbreviations(text: String, count: Int) throws {
    let result = try sentences(text)
    #expect(result.count == count, "\(result)")
    #expect(result.last?.hasSuffix(".") == true)
  }

  @Test("Chinese breaks after 。！？ and keeps closing quotes with their sentence")
  func chinesePunctuation() throws {
    let result = try sentences("他来了。你好吗？“走吧！”她说。天气很好！")
    #expect(result == ["他来了。", "你好吗？", "“走吧！”", "她说。", "天气很好！"])
  }

  @Test("An ellipsis does not end a Chinese sentence")
  func ellipsis() throws {
    #expect(try sentences("他说……我们明天再走吧。") == ["他说……我们明天再走吧。"])
  }

  @Test("Footnote markers stay with the sentence they follow")
  func footnoteMarkers() throws {
    #expect(try sentences("第一句话到此为止。[1]第二句话开始了。") == ["第一句话到此为止。[1]", "第二句话开始了。"])
    #expect(
      try sentences("The alliance failed.[2] A new one began.")
        == ["The alliance failed.[2]", "A new one began."])
  }

  @Test("A field label such as 〔提 要〕 is a unit of its own")
  func fieldLabel() throws {
    let result = try sentences("〔提 要〕 本文讨论茶叶贸易。它分为三部分。")
    #expect(result == ["〔提 要〕", "本文讨论茶叶贸易。", "它分为三部分。"])
  }
}
