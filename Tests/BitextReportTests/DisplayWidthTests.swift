import Bitext
import Testing

@Suite("Display width and wrapping")
struct DisplayWidthTests {
  @Test("CJK characters and full-width punctuation take two cells, ASCII one")
  func widths() {
    #expect(DisplayWidth.of("茶") == 2)
    #expect(DisplayWidth.of("，") == 2)
    #expect(DisplayWidth.of("tea") == 3)
    #expect(DisplayWidth.of("茶tea。") == 7)
    #expect(DisplayWidth.of("e\u{301}") == 1)  // e + combining acute
  }

  @Test("Chinese wraps by cells, never past the width, and no line starts with 。 or ，")
  func chinese() {
    let text = "茶起源于中国西南地区，至今已有数千年的历史。最早，人们把茶叶当作药物。"
    for width in [6, 9, 10, 20, 31] {
      let lines = DisplayWidth.wrap(text, width: width)
      #expect(lines.joined() == text)
      #expect(lines.allSatisfy { DisplayWidth.of($0) <= width }, "\(width): \(lines)")
      #expect(lines.dropFirst().allSatisfy { !["。", "，"].contains($0.first) }, "\(lines)")
    }
  }

  @Test("English wraps at spaces")
  func english() {
    let lines = DisplayWidth.wrap("Tea originated in southwest China long ago.", width: 16)
    #expect(lines == ["Tea originated", "in southwest", "China long ago."])
  }

  @Test("Padding fills to the display width")
  func padding() {
    #expect(DisplayWidth.of(DisplayWidth.pad("茶叶", to: 8)) == 8)
  }
}
