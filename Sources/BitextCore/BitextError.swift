/// An error that Bitext reports to a user: a code and a one-line message.
public struct BitextError: Error, Sendable, CustomStringConvertible, Equatable {
  /// What went wrong, in kinds a caller can branch on.
  public enum Code: String, Sendable, Equatable {
    /// The file does not exist or cannot be read.
    case unreadable
    /// The file is empty or holds only whitespace.
    case empty
    /// The file looks binary.
    case binary
    /// The bytes cannot be decoded in any supported encoding.
    case undecodable
    /// No text of a language needed for the task.
    case missingLanguage
    /// An XML or TMX file is malformed.
    case malformed
    /// A command-line or configuration value is invalid.
    case invalidArgument
    /// Writing an output failed.
    case writeFailed
  }

  /// The kind of failure.
  public let code: Code
  /// A one-line message for the user.
  public let message: String

  /// Creates an error.
  public init(_ code: Code, _ message: String) {
    self.code = code
    self.message = message
  }

  /// The message, as printed by the CLI.
  public var description: String { message }
}
