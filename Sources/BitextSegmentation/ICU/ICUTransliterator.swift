internal import _BitextCShims

/// Owns an ICU transliterator such as `Hant-Hans` or `Han-Latin; Latin-ASCII`.
///
/// Not `Sendable`: a transliterator keeps state while it runs. Create one per task.
package final class ICUTransliterator {
  private let handle: OpaquePointer

  /// Opens the transliterator with ICU identifier `identifier`.
  ///
  /// - Parameter identifier: An ICU transform ID, e.g. `"Hant-Hans"`.
  package init(_ identifier: String) throws(ICUError) {
    var status: Int32 = 0
    guard let handle = bitext_transliterator_open(identifier, &status) else {
      throw ICUError(code: status)
    }
    self.handle = handle
  }

  deinit { bitext_transliterator_close(handle) }

  /// Returns `text` transformed; on an ICU failure returns the input unchanged.
  package func callAsFunction(_ text: String) -> String {
    var units = Array(text.utf16)
    var length = Int32(units.count)
    var capacity = max(16, units.count * 4 + 16)
    while true {
      var buffer = units + [UInt16](repeating: 0, count: capacity - units.count)
      var status: Int32 = 0
      var newLength = length
      buffer.withUnsafeMutableBufferPointer { pointer in
        bitext_transliterate(handle, pointer.baseAddress!, &newLength, Int32(capacity), &status)
      }
      if status == 15 {  // U_BUFFER_OVERFLOW_ERROR
        capacity = Int(newLength) * 2 + 16
        continue
      }
      if status > 0 { return text }
      units = Array(buffer[0..<Int(newLength)])
      length = newLength
      return String(decoding: units, as: UTF16.self)
    }
  }
}
