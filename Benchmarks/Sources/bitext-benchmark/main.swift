// Aligns a synthetic Chinese–English pair of N sentences per side and prints one JSON line:
// sentences, seconds, sentences per second, peak resident memory, and accuracy against
// the generator's own truth. Benchmarks/run.sh runs it for growing N. `--kind repeated`
// draws half the sentences from a small pool (repetitive text); `documents N --out DIR`
// writes a folder of small document pairs for batch mode instead.
//
// usage: bitext-benchmark N [--kind varied|repeated] [--pool P] [--seed S] [--lexicon PATH] [--keep DIR]
import Bitext
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

struct Generator: RandomNumberGenerator {
  var state: UInt64
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}

/// Word pairs: two-character CC-CEDICT headwords whose first gloss is one English word.
func vocabulary(lexiconPath: String?) -> [(String, String)] {
  var pairs: [(String, String)] = []
  if let lexiconPath, let text = try? String(contentsOfFile: lexiconPath, encoding: .utf8) {
    for line in text.split(whereSeparator: \.isNewline) where !line.hasPrefix("#") {
      let head = line.split(separator: " ", maxSplits: 2)
      guard head.count >= 2, head[1].unicodeScalars.count == 2,
        let slash = line.firstIndex(of: "/")
      else { continue }
      let gloss = line[line.index(after: slash)...].split(separator: "/").first ?? ""
      if gloss.count >= 4, gloss.allSatisfy({ $0.isLowercase && $0.isASCII }) {
        pairs.append((String(head[1]), String(gloss)))
      }
    }
  }
  if pairs.count < 100 {
    pairs = [
      ("茶叶", "tea"), ("历史", "history"), ("中国", "china"), ("欧洲", "europe"), ("商人", "merchant"),
      ("河流", "river"), ("城市", "city"), ("道路", "road"), ("货物", "goods"), ("农田", "farmland"),
      ("国王", "king"), ("公主", "princess"), ("贸易", "trade"), ("种子", "seeds"), ("沙漠", "desert"),
    ]
  }
  return pairs
}

let arguments = CommandLine.arguments
// `bitext-benchmark embed N`: sentences per second of the sentence encoder on one core,
// over the project's reference sentences repeated to N, embedded as the aligner does (in
// batches).
if arguments.count >= 3, arguments[1] == "embed", let count = Int(arguments[2]) {
  guard let folder = SentenceEncoder.defaultFolder(),
    let encoder = try? SentenceEncoder(folder: folder),
    let text = try? String(contentsOfFile: "Alignments/references/use-m3-vectors.jsonl", encoding: .utf8)
  else {
    FileHandle.standardError.write(Data("embed: model or reference sentences missing\n".utf8))
    exit(1)
  }
  let sentences = text.split(separator: "\n").compactMap {
    (try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])?["text"] as? String
  }
  let start = Date()
  let texts = (0..<count).map { sentences[$0 % sentences.count] }
  let checksum = encoder.embed(texts).reduce(Float(0)) { $0 + $1[0] }
  let seconds = Date().timeIntervalSince(start)
  print(
    "{\"embedded\":\(count),\"seconds\":\(String(format: "%.3f", seconds)),"
      + "\"sentences_per_second\":\(Int(Double(count) / seconds)),\"checksum\":\(checksum)}")
  exit(0)
}
guard arguments.count >= 2, let size = Int(arguments[arguments.count >= 3 && arguments[1] == "documents" ? 2 : 1]),
  size > 0
else {
  FileHandle.standardError.write(
    Data(
      ("usage: bitext-benchmark N [--kind varied|repeated] [--pool P] [--seed S] [--lexicon PATH] [--keep DIR]\n"
        + "       bitext-benchmark documents N --out DIR   (a folder of N-sentence pairs in 50-sentence documents)\n"
        + "       bitext-benchmark embed N\n").utf8))
  exit(2)
}
func option(_ name: String) -> String? {
  arguments.firstIndex(of: name).flatMap { $0 + 1 < arguments.count ? arguments[$0 + 1] : nil }
}
var random = Generator(state: UInt64(option("--seed") ?? "") ?? 42)
let lexiconPath = option("--lexicon") ?? LexiconLoader.defaultPath()
let words = vocabulary(lexiconPath: lexiconPath)

/// A generated parallel text: lines per side and the true links ("zh-line:en-line").
struct Corpus {
  var zh: [String] = []
  var en: [String] = []
  var truth: Set<String> = []
}

/// Mostly 1-1, some 1-2 splits, some sentences with no counterpart. With `pool`, each
/// sentence is drawn from a fixed set of `pool.count` sentences with probability
/// `repeatShare` (the formulas of legislation, the "Yes." and "Thank you." of dialogue).
func generate(
  size: Int, pool: [[(String, String)]] = [], repeatShare: Double = 0,
  using random: inout Generator
) -> Corpus {
  var corpus = Corpus()
  func capitalized(_ words: ArraySlice<(String, String)>) -> String {
    let text = words.map(\.1).joined(separator: " ")
    return text.prefix(1).uppercased() + text.dropFirst() + "."
  }
  while corpus.zh.count < size {
    let roll = Double.random(in: 0..<1, using: &random)
    let sentence =
      !pool.isEmpty && Double.random(in: 0..<1, using: &random) < repeatShare
      ? pool.randomElement(using: &random)!
      : (0..<Int.random(in: 6...16, using: &random)).map { _ in
        words.randomElement(using: &random)!
      }
    let zh = sentence.map(\.0).joined() + "。"
    if roll < 0.03 {
      corpus.zh.append(zh)  // no English counterpart
    } else if roll < 0.06 {
      corpus.en.append(capitalized(sentence[...]))
    } else if roll < 0.14, sentence.count >= 8 {
      let half = sentence.count / 2
      corpus.truth.insert("\(corpus.zh.count):\(corpus.en.count)")
      corpus.truth.insert("\(corpus.zh.count):\(corpus.en.count + 1)")
      corpus.zh.append(zh)
      corpus.en.append(capitalized(sentence[..<half]))
      corpus.en.append(capitalized(sentence[half...]))
    } else {
      corpus.truth.insert("\(corpus.zh.count):\(corpus.en.count)")
      corpus.zh.append(zh)
      corpus.en.append(capitalized(sentence[...]))
    }
  }
  return corpus
}

func write(_ lines: [String], to path: String) throws {
  try (lines.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
}

// `bitext-benchmark documents N --out DIR`: N sentences per side cut into documents of
// 50 sentences, written as DIR/doc-K.zh.txt and DIR/doc-K.en.txt for batch mode.
if arguments[1] == "documents" {
  guard let out = option("--out") else {
    FileHandle.standardError.write(Data("documents: --out DIR is required\n".utf8))
    exit(2)
  }
  try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
  let perDocument = 50
  for k in 0..<(size + perDocument - 1) / perDocument {
    let corpus = generate(size: min(perDocument, size - k * perDocument), using: &random)
    let name = String(format: "%@/doc-%05d", out, k)
    try write(corpus.zh, to: name + ".zh.txt")
    try write(corpus.en, to: name + ".en.txt")
  }
  exit(0)
}

let kind = option("--kind") ?? "varied"
guard kind == "varied" || kind == "repeated" else {
  FileHandle.standardError.write(Data("--kind must be varied or repeated\n".utf8))
  exit(2)
}
// Repeated: half the sentences come from a pool of `--pool` sentences (default 20: each
// seen about 2,500 times at 100k sentences).
let pool =
  kind == "repeated"
  ? (0..<(Int(option("--pool") ?? "") ?? 20)).map { _ in
    (0..<Int.random(in: 3...10, using: &random)).map { _ in words.randomElement(using: &random)! }
  } : []
let corpus = generate(size: size, pool: pool, repeatShare: 0.5, using: &random)
let (zhLines, enLines, truth) = (corpus.zh, corpus.en, corpus.truth)

let folder = option("--keep") ?? NSTemporaryDirectory() + "bitext-benchmark-\(getpid())"
try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
let zhPath = folder + "/zh.txt"
let enPath = folder + "/en.txt"
try write(zhLines, to: zhPath)
try write(enLines, to: enPath)

// Measure: load the lexicon, read, segment (one sentence per line), align, write TMX.
let start = Date()
let lexicon = try lexiconPath.map { try LexiconCache.load(path: $0) } ?? Lexicon()
var options = Segmenter.Options()
options.linesAreSentences = true
// BITEXT_CONFIG overrides the aligner's configuration, as it does for `bitext align`.
var configuration = Aligner.Configuration()
if let overrides = ProcessInfo.processInfo.environment["BITEXT_CONFIG"] {
  configuration = try configuration.overridden(by: overrides)
}
let pipeline = Pipeline(
  segmenterOptions: options, aligner: Aligner(lexicon: lexicon, configuration: configuration))
let result = try pipeline.align(inputs: [zhPath, enPath])
let writer = try TMXWriter(path: folder + "/out.tmx", header: TMXHeader())
for unit in pipeline.translationUnits(result, minimumConfidence: 0.5) { try writer.add(unit) }
_ = try writer.finish()
let seconds = Date().timeIntervalSince(start)

var usage = rusage()
getrusage(RUSAGE_SELF.rawValue, &usage)
var predicted: Set<String> = []
for bead in result.alignment.beads where bead.confidence >= 0.5 {
  for z in bead.zh { for e in bead.en { predicted.insert("\(z):\(e)") } }
}
let correct = predicted.intersection(truth).count
let record: [String: Any] = [
  "sentences_zh": zhLines.count, "sentences_en": enLines.count,
  "seconds": (seconds * 1000).rounded() / 1000,
  "sentences_per_second": Int(Double(zhLines.count + enLines.count) / seconds),
  "peak_rss_mib": Double(usage.ru_maxrss) / 1024, "pairs": result.alignment.beads.count,
  "link_precision": predicted.isEmpty ? 1 : Double(correct) / Double(predicted.count),
  "link_recall": Double(correct) / Double(truth.count),
  "dictionary": lexicon.isEmpty ? "none" : "CC-CEDICT", "kind": kind,
]
let data = try JSONSerialization.data(withJSONObject: record, options: [.sortedKeys])
print(String(decoding: data, as: UTF8.self))
if option("--keep") == nil { try? FileManager.default.removeItem(atPath: folder) }
