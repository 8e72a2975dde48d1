import Foundation

/// The result of running the built `bitext` executable.
public struct BitextRun {
  /// Exit status.
  public var status: Int32
  /// Standard output.
  public var output: String
  /// Standard error.
  public var error: String
}

/// Runs the `bitext` executable that `swift test` built (or `executable`), with
/// `arguments`, in `directory`, with `environment` changes (a nil value unsets a variable).
///
/// Output goes to temporary files rather than pipes: reading a pipe with
/// `FileHandle.readDataToEndOfFile` traps when a signal interrupts the read.
public func runBitext(
  _ arguments: [String], in directory: URL? = nil, executable: URL? = nil,
  environment: [String: String?] = [:]
) throws -> BitextRun {
  let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
    "bitext-run-\(UUID().uuidString)")
  try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
  defer { try? FileManager.default.removeItem(at: folder) }
  let outPath = folder.appendingPathComponent("out").path
  let errPath = folder.appendingPathComponent("err").path
  _ = FileManager.default.createFile(atPath: outPath, contents: nil)
  _ = FileManager.default.createFile(atPath: errPath, contents: nil)
  let out = try FileHandle(forWritingTo: URL(fileURLWithPath: outPath))
  let err = try FileHandle(forWritingTo: URL(fileURLWithPath: errPath))
  let process = Process()
  process.executableURL = executable ?? bitextExecutable
  process.arguments = arguments
  // The sentence encoder is off unless a test asks for it: in a debug build it is slow.
  var variables = ProcessInfo.processInfo.environment
  variables["BITEXT_USE_M3"] = "none"
  for (key, value) in environment { variables[key] = value }
  process.environment = variables
  if let directory { process.currentDirectoryURL = directory }
  process.standardOutput = out
  process.standardError = err
  try process.run()
  process.waitUntilExit()
  try? out.close()
  try? err.close()
  return BitextRun(
    status: process.terminationStatus, output: readText(outPath), error: readText(errPath))
}

/// The text of a file; an empty file is not read (Foundation leaks that buffer, which
/// LeakSanitizer reports).
private func readText(_ path: String) -> String {
  let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber
  guard let size, size.intValue > 0 else { return "" }
  return (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
}

/// The built executable: next to the test bundle in the build folder.
public let bitextExecutable: URL = {
  var url = Bundle.main.bundleURL
  for _ in 0..<4 {
    let candidate = url.appendingPathComponent("bitext")
    if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
    url.deleteLastPathComponent()
  }
  return Seeds.packageRoot.appendingPathComponent(".build/debug/bitext")
}()
