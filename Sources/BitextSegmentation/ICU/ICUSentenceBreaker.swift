internal import _BitextCShims

/// Owns an ICU sentence-break iterator for one locale, reused across texts (opening ICU's
/// filtered sentence iterator costs far more than pointing it at new text).
///
/// Not `Sendable`: ICU break iterators are not thread safe.
final class ICUSentenceBreaker {
  private var text: UnsafeMutableBufferPointer<CChar>
  private let handle: OpaquePointer

  /// Opens a breaker for `locale` (e.g. `en@ss=standard`, `zh`).
  init(locale: String) throws(ICUError) {
    let text = UnsafeMutableBufferPointer<CChar>.allocate(capacity: 1)
    text[0] = 0
    var status: Int32 = 0
    guard let base = text.baseAddress,
      let handle = bitext_sentence_breaker_open(locale, base, 0, &status)
    else {
      text.deallocate()
      throw ICUError(code: status)
    }
    self.text = text
    self.handle = handle
  }

  deinit {
    bitext_sentence_breaker_close(handle)
    text.deallocate()
  }

  /// All boundaries of `utf8` after its start, as byte offsets, ending with its length.
  func boundaries(of utf8: [UInt8]) throws(ICUError) -> [Int] {
    if utf8.count + 1 > text.count {
      text.deallocate()
      text = .allocate(capacity: max(utf8.count + 1, text.count * 2))
    }
    for (i, byte) in utf8.enumerated() { text[i] = CChar(bitPattern: byte) }
    text[utf8.count] = 0
    let status = bitext_sentence_breaker_reset(handle, text.baseAddress!, Int64(utf8.count))
    if status != 0 { throw ICUError(code: status) }
    var result: [Int] = []
    while true {
      let next = bitext_sentence_breaker_next(handle)
      if next < 0 { break }
      result.append(Int(next))
    }
    return result
  }
}
