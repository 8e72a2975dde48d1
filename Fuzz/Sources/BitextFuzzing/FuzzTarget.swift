import Bitext
import Foundation

/// One reader under fuzzing: a valid sample input and what to do with a mutant of it.
///
/// Every reader must either succeed or throw ``BitextError``; a trap (crash) ends the
/// process, which is the failure the harness looks for.
public struct FuzzTarget: Sendable {
  /// Short name (`tmx`, `jsonl` …), used on the command line.
  public var name: String
  /// File extension for the mutant.
  public var fileExtension: String
  /// A valid input to mutate.
  public var sample: @Sendable () throws -> [UInt8]
  /// Reads the mutant file at the path, through every reader of this kind of input.
  public var run: @Sendable (String) -> Void

  /// Every target: TMX, JSON Lines, text, reference, manifest.
  public static let all: [FuzzTarget] = [tmx, jsonl, text, reference, manifest]

  /// TMX files through the reader, the validator, statistics and the header-only read.
  public static let tmx = FuzzTarget(
    name: "tmx", fileExtension: "tmx",
    sample: {
      let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
        "bitext-fuzz-sample-\(UUID().uuidString).tmx")
      defer { try? FileManager.default.removeItem(at: folder) }
      var header = TMXHeader(sourceLanguage: "zh-TW")
      header.properties = [("x-bitext-options", "min_confidence=0.6 & <lexicon>")]
      let writer = try TMXWriter(path: folder.path, header: header)
      for unit in FuzzSamples.units { try writer.add(unit) }
      _ = try writer.finish()
      var bytes = [UInt8](try Data(contentsOf: folder))
      // Constructs the writer never emits but readers meet: a comment, a PI, inline
      // elements, the pre-1.4 lang attribute.
      let extra =
        "<!-- note --><?bitext x?><tu><tuv lang=\"zh-CN\"><seg>一<ph x=\"1\">&lt;b&gt;</ph>二</seg></tuv>"
        + "<tuv xml:lang=\"en\"><seg>one <bpt i=\"1\">&lt;i&gt;</bpt>two</seg></tuv></tu>\n"
      if let body = bytes.firstRange(of: Array("</body>".utf8)) {
        bytes.insert(contentsOf: Array(extra.utf8), at: body.lowerBound)
      }
      return bytes
    },
    run: { path in
      _ = TMXReader.headerProperties(path: path)
      guard let document = try? TMXReader.read(path: path) else { return }
      _ = TMXValidator.problems(in: document)
      _ = TMXStatistics(document)
    })

  /// `bitext align --jsonl` files through the record reader, report, side-by-side view
  /// and HTML page.
  public static let jsonl = FuzzTarget(
    name: "jsonl", fileExtension: "jsonl",
    sample: { Array(try FuzzSamples.records().map(\.jsonLine).joined(separator: "\n").utf8) },
    run: { path in
      guard let records = try? AlignmentFile.records(path: path) else { return }
      let summary = ReportSummary(document: "fuzz", records: records)
      for selection in SideBySideView.Selection.allCases {
        _ = SideBySideView(width: 60, threshold: 0.6).render(records, selection: selection)
      }
      _ = HTMLReport.render(records: records, summary: summary, threshold: 0.6)
    })

  /// Text files through decoding, segmentation and alignment (empty dictionary).
  public static let text = FuzzTarget(
    name: "text", fileExtension: "txt",
    sample: { Array(FuzzSamples.essay.utf8) },
    run: { path in
      let pipeline = Pipeline(aligner: Aligner())
      _ = try? pipeline.align(inputs: [path])
      var options = Segmenter.Options()
      options.linesAreSentences = true
      _ = try? Segmenter(options: options).read(path: path)
    })

  /// Reference files through the loader and the scorer.
  public static let reference = FuzzTarget(
    name: "reference", fileExtension: "json",
    sample: { Array(FuzzSamples.referenceJSON.utf8) },
    run: { path in
      guard let reference = try? Reference.load(path: path) else { return }
      _ = AlignmentScore(
        pairs: FuzzSamples.units.map { ($0.zh, $0.en) }, reference: reference,
        zhSource: FuzzSamples.essay)
    })

  /// Batch manifests through the parser.
  public static let manifest = FuzzTarget(
    name: "manifest", fileExtension: "json",
    sample: { Array(FuzzSamples.manifestJSON.utf8) },
    run: { path in
      guard let data = FileManager.default.contents(atPath: path) else { return }
      _ = try? Manifest.parse(data, base: URL(fileURLWithPath: "/tmp"))
    })
}
