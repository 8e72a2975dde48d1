import ArgumentParser
import Bitext
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Messages for the user on standard error; results go to standard output.
enum Diagnostics {
  static func warning(_ message: String) {
    FileHandleOutput.standardError("warning: \(message)\n")
  }

  static func note(_ message: String) {
    FileHandleOutput.standardError("\(message)\n")
  }

  /// Prints `error` as one line and returns the failure exit code to throw.
  static func fail(_ error: any Error) -> ExitCode {
    let message = (error as? BitextError)?.message ?? String(describing: error)
    FileHandleOutput.standardError("error: \(message)\n")
    return ExitCode.failure
  }

  /// Whether standard output is a terminal (colours, progress bars).
  static var stdoutIsTerminal: Bool { isatty(1) != 0 }
}

enum FileHandleOutput {
  static func standardError(_ text: String) {
    var bytes = Array(text.utf8)
    _ = bytes.withUnsafeMutableBytes { write(2, $0.baseAddress, $0.count) }
  }
}

/// Creates the folder that will hold `path` (like `mkdir -p`), so `-o out/x.tmx` works on a
/// fresh checkout.
func prepareOutput(_ path: String) {
  let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
  try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
}
