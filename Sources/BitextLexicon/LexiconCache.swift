public import BitextCore
import Foundation

/// A compact cache of a parsed lexicon, built on first use next to the dictionary (or in
/// `~/.cache/bitext` when that folder is read-only) and rebuilt when the dictionary's size
/// or modification time changes. Loading from it skips gloss parsing and stemming.
public enum LexiconCache {
  private static let magic = "BITEXT-LEXICON-2-stemmer-\(englishStemmerVersion)"

  /// Loads the lexicon at `path`, through its cache when the cache is current.
  public static func load(path: String) throws(BitextError) -> Lexicon {
    let stamp = sourceStamp(path)
    for cachePath in cachePaths(for: path) {
      if let lexicon = read(cachePath, stamp: stamp) { return lexicon }
    }
    let lexicon = try LexiconLoader.load(path: path)
    for cachePath in cachePaths(for: path) where write(lexicon, to: cachePath, stamp: stamp) {
      break
    }
    return lexicon
  }

  private static func sourceStamp(_ path: String) -> String {
    let attributes = try? FileManager.default.attributesOfItem(atPath: path)
    let size = (attributes?[.size] as? NSNumber)?.int64Value ?? -1
    let date = (attributes?[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
    return "\(size)-\(Int64(date))"
  }

  private static func cachePaths(for path: String) -> [String] {
    let name = URL(fileURLWithPath: path).lastPathComponent
    let home = FileManager.default.homeDirectoryForCurrentUser.path
    return [path + ".bitext-cache", home + "/.cache/bitext/" + name + ".bitext-cache"]
  }

  private static func write(_ lexicon: Lexicon, to cachePath: String, stamp: String) -> Bool {
    let folder = URL(fileURLWithPath: cachePath).deletingLastPathComponent().path
    try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    var text = "\(magic) \(stamp)\n\(lexicon.stems.count)\n"
    for stem in lexicon.stems { text += stem + "\n" }
    for (headword, ids) in lexicon.entries {
      text += headword + "\t" + ids.map(String.init).joined(separator: ",") + "\n"
    }
    do {
      let file = try AtomicFile(path: cachePath)
      try file.write(text)
      try file.commit()
      return true
    } catch {
      return false
    }
  }

  private static func read(_ cachePath: String, stamp: String) -> Lexicon? {
    guard let data = FileManager.default.contents(atPath: cachePath) else { return nil }
    let bytes = [UInt8](data)
    var lines: [ArraySlice<UInt8>] = []
    lines.reserveCapacity(300_000)
    var start = 0
    for (k, byte) in bytes.enumerated() where byte == 10 {
      lines.append(bytes[start..<k])
      start = k + 1
    }
    // Anything unexpected (a cut or edited cache) means "no cache": the dictionary is
    // parsed again and the cache rewritten.
    guard lines.count > 2, String(decoding: lines[0], as: UTF8.self) == "\(magic) \(stamp)",
      let stemCount = Int(String(decoding: lines[1], as: UTF8.self)), stemCount >= 0,
      lines.count >= 2 + stemCount
    else { return nil }
    let stems = lines[2..<(2 + stemCount)].map { String(decoding: $0, as: UTF8.self) }
    var entries: [(String, [Int32])] = []
    entries.reserveCapacity(lines.count - stemCount)
    for line in lines[(2 + stemCount)...] {
      guard let tab = line.firstIndex(of: 9), tab > line.startIndex, tab + 1 < line.endIndex
      else { return nil }
      var ids: [Int32] = []
      var value = 0
      var digits = 0
      for byte in line[(tab + 1)...] {
        if byte == 44 {
          guard digits > 0 else { return nil }
          ids.append(Int32(value))
          value = 0
          digits = 0
        } else {
          guard (48...57).contains(byte) else { return nil }
          value = value * 10 + Int(byte - 48)
          digits += 1
          guard value < stemCount else { return nil }
        }
      }
      guard digits > 0 else { return nil }
      ids.append(Int32(value))
      entries.append((String(decoding: line[..<tab], as: UTF8.self), ids))
    }
    return Lexicon(stems: stems, entries: entries)
  }
}
