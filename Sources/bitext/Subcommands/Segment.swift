import ArgumentParser
import Bitext
import Foundation

extension BitextCommand {
  struct Segment: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Print every sentence of a document in reading order.",
      discussion: """
        Each sentence carries its block, language (zh-Hans, zh-Hant, en, ru, other), kind
        (body, heading, toc, endnote …) and its UTF-8 byte range in the original file
        (end exclusive; for GB18030, Big5 or UTF-16 input, offsets are into the UTF-8
        transcoding).

        Examples:
          bitext segment essay.txt
          bitext segment essay.txt --format jsonl > essay.sentences.jsonl
          bitext segment old-gbk.txt --encoding GB18030
        """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
      case text, jsonl
    }

    @Argument(help: "The text or markdown file to read.")
    var input: String

    @Option(help: "Output format: text (one sentence per line) or jsonl.")
    var format: Format = .text

    @Option(help: "Force an input encoding (an ICU converter name such as GB18030 or Big5).")
    var encoding: String?

    func run() throws {
      var options = Segmenter.Options()
      options.encoding = encoding
      let document: Document
      do {
        document = try Segmenter(options: options).read(path: input)
      } catch {
        throw Diagnostics.fail(error)
      }
      for warning in document.warnings { Diagnostics.warning(warning) }
      var output = ""
      for unit in document.units {
        switch format {
        case .text:
          output +=
            "\(unit.index)\t\(unit.language.rawValue)\t\(unit.kind.rawValue)\t\(unit.text)\n"
        case .jsonl:
          output += SegmentRecord(unit).jsonLine + "\n"
        }
      }
      print(output, terminator: "")
    }
  }
}

/// One `segment --format jsonl` line.
struct SegmentRecord {
  var block: Int
  var index: Int
  var lang: String
  var kind: String
  var text: String
  var start: Int
  var end: Int
  var line: Int

  init(_ unit: TextUnit) {
    block = unit.block
    index = unit.index
    lang = unit.language.rawValue
    kind = unit.kind.rawValue
    text = unit.text
    start = unit.range.start
    end = unit.range.end
    line = unit.range.line
  }

  var jsonLine: String {
    var object = OrderedJSONObject()
    object.add("block", block)
    object.add("index", index)
    object.add("lang", lang)
    object.add("kind", kind)
    object.add("text", text)
    object.add("start", start)
    object.add("end", end)
    object.add("line", line)
    return object.json
  }
}
