import Foundation

/// Runs mutants of each target's sample through its readers.
public enum FuzzRun {
  /// Runs `count` mutants per target, case `k` of a target using seed `seed + k`, written
  /// to `folder`. Before each case the mutant is also saved as `last-TARGET.bin` in
  /// `folder`, so that a crash leaves the input that caused it.
  ///
  /// - Returns: Cases run per target.
  @discardableResult
  public static func run(
    targets: [FuzzTarget], count: Int, seed: UInt64, folder: String,
    progress: (String, Int) -> Void = { _, _ in }
  ) throws -> [String: Int] {
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    var done: [String: Int] = [:]
    for target in targets {
      let sample = try target.sample()
      let path = folder + "/mutant." + target.fileExtension
      let last = folder + "/last-\(target.name).bin"
      for k in 0..<count {
        var rng = SplitMix64(seed: seed &+ UInt64(k))
        let mutant = Mutator.mutate(sample, using: &rng)
        try Data(mutant).write(to: URL(fileURLWithPath: path))
        try Data(mutant).write(to: URL(fileURLWithPath: last))
        target.run(path)
        done[target.name, default: 0] += 1
        if (k + 1) % 100 == 0 { progress(target.name, k + 1) }
      }
      try? FileManager.default.removeItem(atPath: last)
    }
    try? FileManager.default.removeItem(atPath: folder + "/mutant.tmx")
    return done
  }
}
