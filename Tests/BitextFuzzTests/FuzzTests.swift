import BitextFuzzing
import Foundation
import Testing

@Suite("Fuzz: mutated inputs through every reader")
struct FuzzTests {
  /// A short run of the harness (`swift run bitext-fuzz` runs thousands): every target's
  /// mutants are read without a crash. A crash ends the test process, failing the suite.
  @Test("Mutants of TMX, JSONL, text, reference and manifest files do not crash a reader")
  func shortRun() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "bitext-fuzz-\(UUID().uuidString)"
    ).path
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let done = try FuzzRun.run(targets: FuzzTarget.all, count: 150, seed: 20_261_122, folder: folder)
    for target in FuzzTarget.all { #expect(done[target.name] == 150) }
  }

  @Test("Mutations are deterministic and change the input")
  func mutator() {
    let input = Array("<tmx version=\"1.4\"><body/></tmx>".utf8)
    var a = SplitMix64(seed: 7)
    var b = SplitMix64(seed: 7)
    var changed = 0
    for _ in 0..<50 {
      let x = Mutator.mutate(input, using: &a)
      #expect(x == Mutator.mutate(input, using: &b))
      if x != input { changed += 1 }
    }
    #expect(changed >= 45)
  }
}
