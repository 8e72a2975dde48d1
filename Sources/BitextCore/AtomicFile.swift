import Foundation

/// Writes a file atomically: everything goes to a temporary file beside the target, which
/// is renamed over the target only when writing succeeded. A failure never leaves a half
/// file where the old one was.
///
/// Only a missing file or a regular, writable file is replaced (never a device, FIFO,
/// folder or symbolic link; see ``OutputSafety``); a replaced file keeps its permissions.
/// Temporary files left by a killed run (`.NAME.tmp-PID-…` of a process that no longer
/// exists) are removed when the same target is written again.
package final class AtomicFile {
  /// The final path.
  package let path: String
  private let temporaryPath: String
  private let handle: FileHandle
  private var buffer: [UInt8] = []
  private var finished = false

  /// Opens a temporary file next to `path`.
  ///
  /// - Throws: ``BitextError`` (`writeFailed`) if the folder is missing or not writable.
  package init(path: String) throws(BitextError) {
    self.path = path
    let url = URL(fileURLWithPath: path)
    let directory = url.deletingLastPathComponent().path
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory),
      isDirectory.boolValue
    else {
      throw BitextError(.writeFailed, "\(path): folder \(directory) does not exist")
    }
    try OutputSafety.checkReplaceable(path)
    Self.removeStaleTemporaries(in: directory, name: url.lastPathComponent)
    temporaryPath =
      directory + "/." + url.lastPathComponent
      + ".tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
    var existing = stat()
    let mode: mode_t = stat(path, &existing) == 0 ? existing.st_mode & 0o7777 : 0o644
    let descriptor = open(temporaryPath, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
    guard descriptor >= 0 else {
      throw BitextError(.writeFailed, "\(path): cannot create a file in \(directory)")
    }
    // open() applies the umask; a replaced file keeps exactly its mode.
    if existing.st_mode != 0 { _ = fchmod(descriptor, mode) }
    self.handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
  }

  /// Removes `.NAME.tmp-PID-*` files in `directory` whose process is gone.
  private static func removeStaleTemporaries(in directory: String, name: String) {
    let prefix = "." + name + ".tmp-"
    guard let entries = try? FileManager.default.contentsOfDirectory(atPath: directory) else {
      return
    }
    for entry in entries where entry.hasPrefix(prefix) {
      let rest = entry.dropFirst(prefix.count)
      guard let pid = rest.split(separator: "-").first.flatMap({ Int32($0) }), pid > 0,
        pid != getpid()
      else { continue }
      if kill(pid, 0) != 0 && errno == ESRCH {
        try? FileManager.default.removeItem(atPath: directory + "/" + entry)
      }
    }
  }

  deinit {
    if !finished {
      try? handle.close()
      try? FileManager.default.removeItem(atPath: temporaryPath)
    }
  }

  /// Appends text (buffered; flushed in 64 KiB chunks).
  package func write(_ text: String) throws(BitextError) {
    buffer.append(contentsOf: text.utf8)
    if buffer.count >= 1 << 16 { try flush() }
  }

  /// Appends bytes (buffered as text is).
  package func write(_ bytes: some Sequence<UInt8>) throws(BitextError) {
    buffer.append(contentsOf: bytes)
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
  package func commit() throws(BitextError) {
    try flush()
    do {
      try handle.synchronize()
      try handle.close()
    } catch {
      throw BitextError(.writeFailed, "\(path): \(error.localizedDescription)")
    }
    finished = true
    // Checked again just before replacing: the target may have changed since init.
    do {
      try OutputSafety.checkReplaceable(path)
    } catch {
      try? FileManager.default.removeItem(atPath: temporaryPath)
      throw error
    }
    if rename(temporaryPath, path) != 0 {
      try? FileManager.default.removeItem(atPath: temporaryPath)
      throw BitextError(.writeFailed, "\(path): cannot replace the file")
    }
  }

  /// Drops the temporary file; the target is left as it was.
  package func abandon() {
    finished = true
    try? handle.close()
    try? FileManager.default.removeItem(atPath: temporaryPath)
  }
}
