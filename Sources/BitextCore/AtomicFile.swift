import Foundation

/// Writes a file atomically: everything goes to a temporary file beside the target, which
/// is renamed over the target only when writing succeeded. A failure never leaves a half
/// file where the old one was.
public final class AtomicFile {
  /// The final path.
  public let path: String
  private let temporaryPath: String
  private let handle: FileHandle
  private var buffer: [UInt8] = []
  private var finished = false

  /// Opens a temporary file next to `path`.
  ///
  /// - Throws: ``BitextError`` (`writeFailed`) if the folder is missing or not writable.
  public init(path: String) throws(BitextError) {
    self.path = path
    let url = URL(fileURLWithPath: path)
    let directory = url.deletingLastPathComponent().path
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory),
      isDirectory.boolValue
    else {
      throw BitextError(.writeFailed, "\(path): folder \(directory) does not exist")
    }
    temporaryPath =
      directory + "/." + url.lastPathComponent
      + ".tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
    guard FileManager.default.createFile(atPath: temporaryPath, contents: nil),
      let handle = FileHandle(forWritingAtPath: temporaryPath)
    else {
      throw BitextError(.writeFailed, "\(path): cannot create a file in \(directory)")
    }
    self.handle = handle
  }

  deinit {
    if !finished {
      try? handle.close()
      try? FileManager.default.removeItem(atPath: temporaryPath)
    }
  }

  /// Appends text (buffered; flushed in 64 KiB chunks).
  public func write(_ text: String) throws(BitextError) {
    buffer.append(contentsOf: text.utf8)
    if buffer.count >= 1 << 16 { try flush() }
  }

  private func flush() throws(BitextError) {
    do {
      try handle.write(contentsOf: buffer)
    } catch {
      throw BitextError(.writeFailed, "\(path): \(error.localizedDescription)")
    }
    buffer.removeAll(keepingCapacity: true)
  }

  /// Flushes, syncs and renames the temporary file over the target.
  public func commit() throws(BitextError) {
    try flush()
    do {
      try handle.synchronize()
      try handle.close()
    } catch {
      throw BitextError(.writeFailed, "\(path): \(error.localizedDescription)")
    }
    finished = true
    if rename(temporaryPath, path) != 0 {
      try? FileManager.default.removeItem(atPath: temporaryPath)
      throw BitextError(.writeFailed, "\(path): cannot replace the file")
    }
  }

  /// Drops the temporary file; the target is left as it was.
  public func abandon() {
    finished = true
    try? handle.close()
    try? FileManager.default.removeItem(atPath: temporaryPath)
  }
}
