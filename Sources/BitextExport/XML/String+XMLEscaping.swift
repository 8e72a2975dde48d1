extension String {
  /// The text escaped for XML content and attribute values (`& < > " '`), with characters
  /// that XML 1.0 forbids removed; `removed` counts them.
  func xmlEscaped(removed: inout Int) -> String {
    var result = String.UnicodeScalarView()
    result.reserveCapacity(unicodeScalars.count)
    for scalar in unicodeScalars {
      switch scalar {
      case "&": result.append(contentsOf: "&amp;".unicodeScalars)
      case "<": result.append(contentsOf: "&lt;".unicodeScalars)
      case ">": result.append(contentsOf: "&gt;".unicodeScalars)
      case "\"": result.append(contentsOf: "&quot;".unicodeScalars)
      case "'": result.append(contentsOf: "&apos;".unicodeScalars)
      default:
        if XMLCharacters.isAllowed(scalar) { result.append(scalar) } else { removed += 1 }
      }
    }
    return String(result)
  }
}

/// Characters allowed in XML 1.0 documents.
package enum XMLCharacters {
  /// Whether `scalar` may appear in an XML 1.0 document (control characters other than
  /// tab, newline and carriage return, and U+FFFE/U+FFFF may not; Swift strings hold no
  /// lone surrogates).
  package static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x9, 0xA, 0xD: return true
    case 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: return true
    default: return false
    }
  }
}
