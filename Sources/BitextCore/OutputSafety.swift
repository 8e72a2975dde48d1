import Foundation

/// Checks that writing an output cannot destroy something it should not: an input of the
/// same run, another output of the same run, a device, a FIFO, a folder, a file reached
/// through a symbolic link, or a read-only file.
package enum OutputSafety {
  /// What a path names on disk.
  package enum Kind: Equatable, Sendable {
    case missing, regular, directory, symbolicLink, other
  }

  /// The kind of `path`, without following a final symbolic link.
  package static func kind(of path: String) -> Kind {
    var info = stat()
    guard lstat(path, &info) == 0 else { return .missing }
    switch info.st_mode & S_IFMT {
    case S_IFREG: return .regular
    case S_IFDIR: return .directory
    case S_IFLNK: return .symbolicLink
    default: return .other
    }
  }

  /// Throws unless `path` may be replaced by a new file: it does not exist yet, or it is
  /// a regular file (not a link) that this user may write.
  package static func checkReplaceable(_ path: String) throws(BitextError) {
    switch kind(of: path) {
    case .missing: return
    case .regular:
      // Mode bits as well as access(): root may write anything, but a file nobody may
      // write was made read-only on purpose.
      var info = stat()
      let writable = stat(path, &info) == 0 && info.st_mode & 0o222 != 0
      if !writable || access(path, W_OK) != 0 {
        throw BitextError(.writeFailed, "\(path): the file is read-only; not replaced")
      }
    case .directory:
      throw BitextError(.writeFailed, "\(path): is a folder, not a file to write")
    case .symbolicLink:
      throw BitextError(
        .writeFailed, "\(path): is a symbolic link; give the file it points to, or another name")
    case .other:
      throw BitextError(
        .writeFailed, "\(path): is not a regular file (a device or FIFO?); not written")
    }
  }

  /// What an output file holds, to recognise an existing file of that kind.
  package enum Content: Sendable {
    case tmx, jsonLines, html, tsv
  }

  /// Throws when `path` exists, is not empty and does not look like `content`: a user's
  /// essay given to `-o` by a slip of argument order is not replaced by a TMX.
  package static func checkExistingContent(_ path: String, is content: Content) throws(BitextError)
  {
    guard kind(of: path) == .regular, let handle = FileHandle(forReadingAtPath: path) else {
      return
    }
    defer { try? handle.close() }
    let head = (try? handle.read(upToCount: 512)) ?? Data()
    var text = String(decoding: head, as: UTF8.self)
    if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
    text = String(text.drop { $0.isWhitespace })
    if text.isEmpty { return }
    let lowered = text.lowercased()
    let looksRight: Bool
    let name: String
    switch content {
    case .tmx:
      looksRight = lowered.hasPrefix("<?xml") || lowered.hasPrefix("<tmx")
        || lowered.hasPrefix("<!doctype tmx")
      name = "a TMX file"
    case .jsonLines:
      looksRight = text.hasPrefix("{")
      name = "JSON Lines"
    case .html:
      looksRight = lowered.hasPrefix("<!doctype html") || lowered.hasPrefix("<html")
      name = "an HTML page"
    case .tsv:
      looksRight = !head.contains(0) && text.contains("\t")
      name = "a TSV table"
    }
    if !looksRight {
      throw BitextError(
        .writeFailed,
        "\(path): exists and is not \(name); not replaced (arguments in the wrong order? "
          + "remove it or choose another name)")
    }
  }

  /// Throws when an output is an input, when two outputs are the same file, or when an
  /// output cannot be replaced safely (``checkReplaceable(_:)``). Paths are compared after
  /// resolving `.`/`..` and links, and existing files by device and inode, so `a.txt`,
  /// `./a.txt` and a hard link to it are the same file.
  package static func check(outputs: [String], inputs: [String]) throws(BitextError) {
    var seen: [FileIdentity: String] = [:]
    for input in inputs {
      for identity in FileIdentity.all(of: input) { seen[identity] = input }
    }
    var outputsSeen: [FileIdentity: String] = [:]
    for output in outputs {
      try checkReplaceable(output)
      for identity in FileIdentity.all(of: output) {
        if let input = seen[identity] {
          throw BitextError(
            .invalidArgument,
            "\(output): is the input \(input); refusing to overwrite an input")
        }
        if let other = outputsSeen[identity] {
          throw BitextError(
            .invalidArgument, "\(output) and \(other) are the same file; give two names")
        }
      }
      for identity in FileIdentity.all(of: output) { outputsSeen[identity] = output }
    }
  }
}

/// Ways to recognise one file: its canonical path, and its device and inode if it exists.
struct FileIdentity: Hashable {
  var path: String?
  var device: UInt64 = 0
  var inode: UInt64 = 0

  static func all(of path: String) -> [FileIdentity] {
    var result = [FileIdentity(path: canonical(path))]
    var info = stat()
    if stat(path, &info) == 0 {
      result.append(
        FileIdentity(path: nil, device: UInt64(info.st_dev), inode: UInt64(info.st_ino)))
    }
    return result
  }

  /// The absolute path with the folder's links resolved (the file itself may not exist).
  static func canonical(_ path: String) -> String {
    let url = URL(fileURLWithPath: path).standardizedFileURL
    let folder = url.deletingLastPathComponent().resolvingSymlinksInPath().path
    return folder + "/" + url.lastPathComponent
  }
}
