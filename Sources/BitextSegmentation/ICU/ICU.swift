internal import _BitextCShims

/// An error reported by ICU, with its symbolic name.
package struct ICUError: Error, Sendable, CustomStringConvertible, Equatable {
  /// The raw `UErrorCode`.
  package let code: Int32

  /// Wraps a raw ICU error code.
  package init(code: Int32) { self.code = code }

  /// The ICU error name, e.g. `U_ILLEGAL_ARGUMENT_ERROR`.
  package var description: String {
    String(cString: bitext_icu_error_name(code))
  }
}

/// Namespace for the ICU helpers used by segmentation.
enum ICU {
  /// Throws when `status` is an ICU failure; warnings (negative codes) count as success.
  static func check(_ status: Int32) throws(ICUError) {
    if status > 0 { throw ICUError(code: status) }
  }

  /// ICU's East Asian Width class of a scalar (5 wide, 3 fullwidth, 1 ambiguous).
  static func eastAsianWidth(_ scalar: Unicode.Scalar) -> Int32 {
    bitext_east_asian_width(Int32(bitPattern: scalar.value))
  }
}
