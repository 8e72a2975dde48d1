// Fuzz harness: random mutations of valid TMX, JSON Lines, text, reference and manifest
// files through every reader. A reader may refuse a mutant (an error is fine); a crash
// is the bug. Usage:
//   swift run -c release bitext-fuzz [--count 2000] [--seed 1] [--target tmx|jsonl|…|all]
// A crash leaves its input in .cache/fuzz/last-TARGET.bin.
import BitextFuzzing
import Foundation

func option(_ name: String) -> String? {
  let arguments = CommandLine.arguments
  guard let k = arguments.firstIndex(of: name), k + 1 < arguments.count else { return nil }
  return arguments[k + 1]
}

let count = option("--count").flatMap(Int.init) ?? 2000
let seed = option("--seed").flatMap(UInt64.init) ?? 1
let folder = option("--folder") ?? ".cache/fuzz"
let wanted = option("--target") ?? "all"
let targets = FuzzTarget.all.filter { wanted == "all" || $0.name == wanted }
guard !targets.isEmpty else {
  FileHandle.standardError.write(Data("unknown target \(wanted)\n".utf8))
  exit(2)
}
let start = Date()
let done = try FuzzRun.run(targets: targets, count: count, seed: seed, folder: folder) {
  name, k in
  FileHandle.standardError.write(Data("\(name): \(k) cases\n".utf8))
}
for target in targets {
  print("\(target.name): \(done[target.name] ?? 0) mutants, no crash")
}
print(String(format: "%.1f s", Date().timeIntervalSince(start)))
