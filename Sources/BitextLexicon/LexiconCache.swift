public import BitextCore
import Foundation

/// A binary cache of a parsed lexicon, built on first use next to the dictionary (or in
/// `~/.cache/bitext` when that folder is read-only) and rebuilt when the dictionary's size
/// or modification time changes.
///
/// It holds the lexicon's own arrays as they are in memory (stems, flat gloss lists, the
/// headword trie's hash table), so loading maps the file and copies them in bulk: no
/// gloss parsing, stemming or table building (about 13 ms for CC-CEDICT, against 75 ms
/// for the text cache it replaces). Every number is checked against the file's size and
/// the arrays' ranges; a cut or damaged cache is rebuilt.
public enum LexiconCache {
  private static let magic = "BITEXT-LEXICON-3-stemmer-\(englishStemmerVersion)"

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
    var data = Data("\(magic) \(stamp)\n".utf8)
    var stemOffsets: [UInt32] = [0]
    var stemBytes: [UInt8] = []
    for stem in lexicon.stems {
      stemBytes.append(contentsOf: stem.utf8)
      stemOffsets.append(UInt32(stemBytes.count))
    }
    let trie = lexicon.trie
    let counts: [UInt64] = [
      UInt64(lexicon.stems.count), UInt64(stemBytes.count), UInt64(lexicon.glossStart.count),
      UInt64(lexicon.glossIDs.count), UInt64(trie.keys.count), UInt64(trie.entries.count),
      UInt64(lexicon.maxWordLength),
    ]
    func append<T>(_ array: [T]) { array.withUnsafeBytes { data.append(contentsOf: $0) } }
    append(counts)
    append(stemOffsets)
    append(stemBytes)
    append(lexicon.glossStart)
    append(lexicon.glossCount)
    append(lexicon.glossIDs)
    append(trie.keys)
    append(trie.children)
    append(trie.entries)
    do {
      let file = try AtomicFile(path: cachePath)
      try file.write(data)
      try file.commit()
      return true
    } catch {
      return false
    }
  }

  private static func read(_ cachePath: String, stamp: String) -> Lexicon? {
    guard let data = try? Data(contentsOf: URL(fileURLWithPath: cachePath), options: .alwaysMapped)
    else { return nil }
    let header = Data("\(magic) \(stamp)\n".utf8)
    guard data.count > header.count, data.prefix(header.count) == header else { return nil }
    return data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> Lexicon? in
      var reader = BinaryReader(bytes: raw, offset: header.count)
      guard let counts = reader.array(UInt64.self, count: 7),
        counts.allSatisfy({ $0 < 1 << 31 })
      else { return nil }
      let (stemCount, stemByteCount, entryCount, glossIDCount) = (
        Int(counts[0]), Int(counts[1]), Int(counts[2]), Int(counts[3])
      )
      let (slotCount, nodeCount, maxWordLength) = (Int(counts[4]), Int(counts[5]), Int(counts[6]))
      guard let stemOffsets = reader.array(UInt32.self, count: stemCount + 1),
        let stemBytes = reader.array(UInt8.self, count: stemByteCount),
        let glossStart = reader.array(UInt32.self, count: entryCount),
        let glossCount = reader.array(UInt32.self, count: entryCount),
        let glossIDs = reader.array(Int32.self, count: glossIDCount),
        let keys = reader.array(UInt64.self, count: slotCount),
        let children = reader.array(Int32.self, count: slotCount),
        let entries = reader.array(Int32.self, count: nodeCount),
        reader.offset == raw.count,
        stemOffsets.first == 0, stemOffsets.last == UInt32(stemByteCount),
        zip(stemOffsets, stemOffsets.dropFirst()).allSatisfy({ $0 <= $1 })
      else { return nil }
      var stems: [String] = []
      stems.reserveCapacity(stemCount)
      for k in 0..<stemCount {
        stems.append(
          String(decoding: stemBytes[Int(stemOffsets[k])..<Int(stemOffsets[k + 1])], as: UTF8.self))
      }
      guard
        let trie = ScalarTrie(
          keys: keys, children: children, entries: entries, entryCount: entryCount)
      else { return nil }
      return Lexicon(
        stems: stems, trie: trie, glossStart: glossStart, glossCount: glossCount,
        glossIDs: glossIDs, maxWordLength: maxWordLength)
    }
  }
}

/// Reads arrays of fixed-size values out of raw bytes, refusing to read past the end.
private struct BinaryReader {
  let bytes: UnsafeRawBufferPointer
  var offset: Int

  init(bytes: UnsafeRawBufferPointer, offset: Int) {
    self.bytes = bytes
    self.offset = offset
  }

  mutating func array<T>(_ type: T.Type, count: Int) -> [T]? {
    let size = count * MemoryLayout<T>.stride
    guard count >= 0, offset + size <= bytes.count else { return nil }
    let result = [T](unsafeUninitializedCapacity: count) { buffer, initialized in
      UnsafeMutableRawBufferPointer(buffer).copyMemory(
        from: UnsafeRawBufferPointer(rebasing: bytes[offset..<(offset + size)]))
      initialized = count
    }
    offset += size
    return result
  }
}
