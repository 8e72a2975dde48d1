public import BitextAlignment
public import BitextCore
import Foundation

/// `bitext eval --manifest` as a library call: every document of a manifest that names a
/// reference is aligned (into a temporary folder) and scored, by links against a JSON
/// reference or by beads against a bead file (`.align`).
public struct ManifestEvaluation: Sendable {
  /// A document scored by links (JSON reference).
  public struct LinkRow: Sendable {
    /// Document name.
    public var document: String
    /// Its score.
    public var score: AlignmentScore
  }

  /// A document scored by beads (bead-file reference).
  public struct BeadRow: Sendable {
    /// Document name.
    public var document: String
    /// Scores of the pairs in the TMX.
    public var tmx: BeadScore
    /// Scores of the whole path (every pair and one-sided bead).
    public var path: BeadScore
  }

  /// Documents scored by links, in manifest order.
  public var links: [LinkRow] = []
  /// Documents scored by beads, in manifest order.
  public var beads: [BeadRow] = []
  /// Documents that could not be aligned or scored, with the reason.
  public var failures: [(document: String, reason: String)] = []

  /// The bead scores of all documents together (counts summed, then rates).
  public var beadTotal: (tmx: BeadScore, path: BeadScore) {
    beads.reduce((BeadScore(), BeadScore())) { ($0.0 + $1.tmx, $0.1 + $1.path) }
  }

  /// Aligns and scores the documents of `manifest` that name a reference.
  ///
  /// - Throws: ``BitextError`` when the manifest cannot be read or names no reference; a
  ///   document that fails is listed in ``failures`` and the others go on.
  public static func run(
    manifest: String, aligner: Aligner, minimumConfidence: Double
  ) throws(BitextError) -> ManifestEvaluation {
    let jobs = try Manifest.load(path: manifest).filter { $0.reference != nil }
    guard !jobs.isEmpty else {
      throw BitextError(.empty, "\(manifest): no document names a reference")
    }
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "bitext-eval-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString)"
    ).path
    defer { try? FileManager.default.removeItem(atPath: folder) }
    var runner = BatchRunner(
      aligner: aligner, outputFolder: folder, minimumConfidence: minimumConfidence)
    runner.force = true
    var result = ManifestEvaluation()
    for job in jobs {
      let reference = job.reference!
      let outcome = runner.process(job)
      if case .failed(let reason) = outcome.status {
        result.failures.append((job.name, reason))
        continue
      }
      do {
        if reference.hasSuffix(".align") {
          let scores = try AlignmentFile.beadScores(
            alignment: runner.outputs(job).jsonl, reference: reference)
          result.beads.append(BeadRow(document: job.name, tmx: scores.tmx, path: scores.path))
        } else {
          let sources = URL(fileURLWithPath: job.inputs[0]).deletingLastPathComponent().path
          let score = try AlignmentFile.evaluate(
            path: runner.outputs(job).tmx, referencePath: reference, sourceFolder: sources)
          result.links.append(LinkRow(document: job.name, score: score))
        }
      } catch {
        result.failures.append((job.name, error.message))
      }
    }
    return result
  }
}

extension AlignmentFile {
  /// Bead scores of `alignment` (a bead file, or the JSONL of `bitext align --split
  /// lines`) against the bead file `reference`: for the pairs in the TMX and for the
  /// whole path.
  public static func beadScores(alignment: String, reference: String) throws(BitextError) -> (
    tmx: BeadScore, path: BeadScore
  ) {
    let gold = try BeadList.load(path: reference)
    return (
      BeadScore(test: try beads(path: alignment, exportedOnly: true), reference: gold),
      BeadScore(test: try beads(path: alignment, exportedOnly: false), reference: gold)
    )
  }
}
