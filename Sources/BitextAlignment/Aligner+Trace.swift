import Foundation

/// Timing and decisions on standard error when `BITEXT_DEBUG` is set; silent otherwise.
final class AlignerTrace {
  let enabled = ProcessInfo.processInfo.environment["BITEXT_DEBUG"] != nil
  private var clock = Date()

  /// Prints the time since the previous lap.
  func lap(_ label: String) {
    guard enabled else { return }
    note(String(format: "%@ %.2fs", label, Date().timeIntervalSince(clock)))
    clock = Date()
  }

  /// Prints a line.
  func note(_ text: @autoclosure () -> String) {
    guard enabled else { return }
    FileHandle.standardError.write(Data((text() + "\n").utf8))
  }
}
