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

/// Runs the `bitext` executable that `swift test` built, with `arguments`.
public func runBitext(_ arguments: [String], in directory: URL? = nil) throws -> BitextRun {
  let process = Process()
  process.executableURL = bitextExecutable
  process.arguments = arguments
  if let directory { process.currentDirectoryURL = directory }
  let out = Pipe()
  let err = Pipe()
  process.standardOutput = out
  process.standardError = err
  try process.run()
  let outData = out.fileHandleForReading.readDataToEndOfFile()
  let errData = err.fileHandleForReading.readDataToEndOfFile()
  process.waitUntilExit()
  return BitextRun(
    status: process.terminationStatus, output: String(decoding: outData, as: UTF8.self),
    error: String(decoding: errData, as: UTF8.self))
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
