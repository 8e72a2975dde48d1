public import BitextAlignment
public import BitextCore
import BitextExport
import Foundation

/// Reading alignments back for evaluation and reports.
public enum AlignmentFile {
  /// The (zh, en) pairs of a TMX file or of a `bitext align --jsonl` file (pairs marked
  /// `"exported": false` are left out, as they are not in the TMX).
  public static func pairs(path: String) throws(BitextError) -> [(zh: String, en: String)] {
    if path.hasSuffix(".jsonl") {
      return try records(path: path).compactMap { record in
        guard record.type == "pair", record.exported != false, let zh = record.zh,
          let en = record.en
        else { return nil }
        return (zh.text, en.text)
      }
    }
    return try TMXReader.read(path: path).units.compactMap { unit in
      guard let zh = unit.text(language: "zh"), let en = unit.text(language: "en") else {
        return nil
      }
      return (zh, en)
    }
  }

  /// The records of a `bitext align --jsonl` file.
  public static func records(path: String) throws(BitextError) -> [AlignmentRecord] {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw BitextError(.unreadable, "\(path): cannot read the file")
    }
    var result: [AlignmentRecord] = []
    let decoder = JSONDecoder()
    for (number, line) in String(decoding: data, as: UTF8.self).split(separator: "\n").enumerated()
    {
      guard let record = try? decoder.decode(AlignmentRecord.self, from: Data(line.utf8)) else {
        throw BitextError(.malformed, "\(path):\(number + 1): not an alignment record")
      }
      if let problem = record.problem {
        throw BitextError(.malformed, "\(path):\(number + 1): \(problem)")
      }
      result.append(record)
    }
    return result
  }

  /// The beads of an alignment, as Vecalign and Bertalign write them: a bead file
  /// (`[0,1]:[2]` lines) as it is, or a `bitext align --jsonl` file's pairs (with
  /// `--split lines`, sentence numbers are line numbers) with every sentence outside them
  /// as a bead of its own (`[7]:[]`), so the path is complete.
  ///
  /// - Parameter exportedOnly: Take only the pairs that went to the TMX, and no one-sided
  ///   beads (a translation memory holds pairs only: precision is then the share of its
  ///   pairs that are right); otherwise the whole path, every pair and one-sided beads.
  public static func beads(path: String, exportedOnly: Bool) throws(BitextError) -> BeadList {
    guard path.hasSuffix(".jsonl") else { return try BeadList.load(path: path) }
    var beads: [BeadList.Bead] = []
    var zhUsed: Set<Int> = []
    var enUsed: Set<Int> = []
    var zhSeen: Set<Int> = []
    var enSeen: Set<Int> = []
    for record in try records(path: path) {
      if record.type == "pair", let zh = record.zh, let en = record.en {
        zhSeen.formUnion(zh.sentences)
        enSeen.formUnion(en.sentences)
        if !exportedOnly || record.exported != false {
          beads.append(BeadList.Bead(zh: zh.sentences, en: en.sentences))
          zhUsed.formUnion(zh.sentences)
          enUsed.formUnion(en.sentences)
        }
      } else if let sentences = record.sentences {
        if record.lang == "en" { enSeen.formUnion(sentences) } else { zhSeen.formUnion(sentences) }
      }
    }
    if exportedOnly { return BeadList(beads: beads) }
    for i in zhSeen.subtracting(zhUsed).sorted() { beads.append(BeadList.Bead(zh: [i], en: [])) }
    for j in enSeen.subtracting(enUsed).sorted() { beads.append(BeadList.Bead(zh: [], en: [j])) }
    return BeadList(beads: beads)
  }

  /// Scores the alignment in `path` against the reference at `referencePath`.
  ///
  /// - Parameter sourceFolder: Where the reference's source files are; by default the
  ///   `seeds` or `samples` folder beside the reference's folder.
  public static func evaluate(path: String, referencePath: String, sourceFolder: String?)
    throws(BitextError) -> AlignmentScore
  {
    let reference = try Reference.load(path: referencePath)
    let referenceFolder = URL(fileURLWithPath: referencePath).deletingLastPathComponent()
    let candidates =
      sourceFolder.map { [$0] }
      ?? ["seeds", "samples"].map {
        referenceFolder.deletingLastPathComponent().appendingPathComponent($0).path
      }
    guard
      let folder = candidates.first(where: {
        FileManager.default.fileExists(atPath: $0 + "/" + reference.source)
      })
    else {
      throw BitextError(
        .unreadable,
        "\(reference.source): source not found in \(candidates.joined(separator: " or ")) (use --source DIR)"
      )
    }
    func text(_ name: String) throws(BitextError) -> String {
      try InputDecoderShim.read(folder + "/" + name)
    }
    let zhSource = try text(reference.source)
    let enSource = try reference.sourceEnglish.map { (name) throws(BitextError) in try text(name) }
    return AlignmentScore(
      pairs: try pairs(path: path), reference: reference, zhSource: zhSource, enSource: enSource)
  }
}

enum InputDecoderShim {
  static func read(_ path: String) throws(BitextError) -> String {
    try InputDecoder.read(path: path).text
  }
}
