import ArgumentParser

/// The `bitext` command: Chinese–English essays in, translation memories out. Async, so
/// that batch mode awaits its documents' tasks instead of blocking a thread on them.
@main
struct BitextCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "bitext",
    abstract: "Turn bilingual Chinese–English essays into translation memories (TMX 1.4b).",
    discussion: """
      Examples:
        bitext align Alignments/samples/tea-essay.txt -o Alignments/out/tea.tmx
        bitext align zh.txt en.txt -o memory.tmx --jsonl memory.jsonl
        bitext segment essay.txt --format jsonl
        bitext report Alignments/samples/tea-essay.txt --show low
        bitext eval --gold Alignments/references/tea-essay.json Alignments/out/tea.tmx
        bitext tmx stats memory.tmx
      """,
    version: BitextVersion.string,
    subcommands: [Align.self, Segment.self, Report.self, Eval.self, TMX.self])
}

enum BitextVersion {
  static let string = "0.1.0"
}
