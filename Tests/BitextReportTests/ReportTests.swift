import Bitext
import Foundation
import Testing
import _BitextTestSupport

private func pair(
  _ zh: String, _ en: String, _ zhIndex: [Int], _ enIndex: [Int], confidence: Double,
  exported: Bool = true
) -> AlignmentRecord {
  AlignmentRecord(
    type: "pair", shape: "\(zhIndex.count)-\(enIndex.count)", confidence: confidence,
    exported: exported,
    zh: .init(text: zh, start: 0, end: 1, sentences: zhIndex, line: 1),
    en: .init(text: en, start: 0, end: 1, sentences: enIndex, line: 9))
}

private func unaligned(_ text: String, _ lang: String, _ index: Int) -> AlignmentRecord {
  AlignmentRecord(
    type: "unaligned", lang: lang, text: text, start: 0, end: 1, sentences: [index], line: 2)
}

private let records = [
  pair("茶起源于中国。", "Tea originated in China.", [0], [0], confidence: 0.95),
  unaligned("注一。", "zh-Hans", 1),
  unaligned("注二。", "zh-Hans", 2),
  unaligned("注三。", "zh-Hans", 3),
  pair(
    "1662年，她嫁给了国王。", "In 1663 she married the king. It was spring.", [4], [1, 2], confidence: 0.42,
    exported: false),
  unaligned("Subscribe now.", "en", 3),
]

@Suite("Report figures and views")
struct ReportTests {
  @Test("Summary figures count sentences, shares, shapes, confidence, numbers and regions")
  func summary() {
    let s = ReportSummary(document: "d", records: records)
    #expect(s.zhSentences == 5 && s.enSentences == 4)
    #expect(s.zhAligned == 2 && s.enAligned == 3)
    #expect(s.pairs == 2 && s.exported == 1)
    #expect(s.shapes == ["1-1": 1, "1-2": 1])
    #expect(s.confidenceHistogram[9] == 1 && s.confidenceHistogram[4] == 1)
    #expect(s.numberMismatches == 1)  // 1662 vs 1663
    #expect(s.regionsLeft == 1)
    #expect(s.regions == [ReportSummary.Region(zhLines: 1...1, enLines: 9...9, pairs: 1)])
    #expect(s.weakest.first == 4)
  }

  @Test("Side-by-side: only low pairs with --show low; unaligned on their side; plain when piped")
  func sideBySide() {
    let view = SideBySideView(width: 60, color: false, threshold: 0.5)
    let low = view.render(records, selection: .low)
    #expect(low.first?.contains("0.42") == true)
    #expect(!low.joined().contains("Tea originated"))
    #expect(!low.joined().contains("\u{1B}["))
    let unalignedLines = view.render(records, selection: .unaligned)
    #expect(unalignedLines.count == 4)
    #expect(unalignedLines.last!.hasSuffix("Subscribe now."))
    for line in view.render(records, selection: .all) {
      #expect(DisplayWidth.of(line) <= 60, "\(line)")
    }
  }

  @Test("The HTML report is self-contained: no external resources, rows linked from the plot")
  func html() {
    let page = HTMLReport.render(
      records: records, summary: ReportSummary(document: "d", records: records), threshold: 0.5)
    #expect(!page.contains("http://") || page.contains("http://www.w3.org/2000/svg"))
    #expect(!page.contains("https://") && !page.contains("src="))
    #expect(page.contains("href=\"#r0\"") && page.contains("id=\"r0\""))
    #expect(page.contains("class=\"pair low\""))
    #expect(page.components(separatedBy: "<circle").count - 1 == 2)
  }

  @Test(
    "The HTML report renders in headless Chromium without console errors",
    .enabled(
      if: FileManager.default.isExecutableFile(atPath: "/usr/bin/chromium"),
      "chromium is not installed (apt-get install chromium)"))
  func chromium() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let page = try folder.write(
      "report.html",
      HTMLReport.render(
        records: records, summary: ReportSummary(document: "d", records: records), threshold: 0.5))
    let process = Process()
    process.executableURL = Seeds.packageRoot.appendingPathComponent("Scripts/check-html.sh")
    process.arguments = [page]
    try process.run()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
  }
}
