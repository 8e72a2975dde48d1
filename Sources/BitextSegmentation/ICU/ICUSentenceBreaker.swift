internal import _BitextCShims

/// Owns an ICU sentence-break iterator and the UTF-8 copy of the text it borrows.
///
/// Not `Sendable`: ICU break iterators are not thread safe.
final class ICUSentenceBreaker {
  private let text: UnsafeMutableBufferPointer<CChar>
  private let handle: OpaquePointer

  /// Opens a breaker over `utf8` for `locale` (e.g. `en@ss=standard`, `zh`).
  init(utf8: [UInt8], locale: String) throws(ICUError) {
    let count = utf8.count
    let text = UnsafeMutableBufferPointer<CChar>.allocate(capacity: count + 1)
    for (i, byte) in utf8.enumerated() { text[i] = CChar(bitPattern: byte) }
    text[count] = 0
    var status: Int32 = 0
    guard let base = text.baseAddress,
      let handle = bitext_sentence_breaker_open(locale, base, Int64(count), &status)
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

  /// All boundaries after the start, as UTF-8 byte offsets, ending with the text length.
  func boundaries() -> [Int] {
    var result: [Int] = []
    while true {
      let next = bitext_sentence_breaker_next(handle)
      if next < 0 { break }
      result.append(Int(next))
    }
    return result
  }
}
