import Foundation

/// Finds what `Scripts/setup.sh` installs under the project's `.cache/`: a path relative
/// to the project root is looked for in the current folder and the folders above it, then
/// above the running executable, whose path is resolved through symbolic links (a binary
/// linked into `~/bin` still finds the project's files).
package enum InstalledResource {
  /// The first existing `relativePath` (or, when given, the folder holding `marker`)
  /// found from the current folder or the executable upwards, at most 8 levels; nil if none.
  package static func find(_ relativePath: String, marker: String? = nil) -> String? {
    var starts = [FileManager.default.currentDirectoryPath]
    for executable in executableLocations() {
      starts.append(URL(fileURLWithPath: executable).deletingLastPathComponent().path)
    }
    for start in starts {
      var url = URL(fileURLWithPath: start)
      for _ in 0..<8 {
        let candidate = url.appendingPathComponent(relativePath).path
        let probe = marker.map { candidate + "/" + $0 } ?? candidate
        if FileManager.default.fileExists(atPath: probe) { return candidate }
        url.deleteLastPathComponent()
      }
    }
    return nil
  }

  /// The running executable as the kernel knows it (`/proc/self/exe`, links resolved) and
  /// as it was invoked, resolved through links.
  static func executableLocations() -> [String] {
    var result: [String] = []
    if let resolved = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")
    {
      result.append(resolved)
    }
    if let invoked = CommandLine.arguments.first, invoked.contains("/") {
      result.append(URL(fileURLWithPath: invoked).resolvingSymlinksInPath().path)
      result.append(URL(fileURLWithPath: invoked).path)
    }
    return result
  }
}
