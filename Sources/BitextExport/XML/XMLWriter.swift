import BitextCore

/// A small streaming XML writer over an ``AtomicFile``: elements, attributes and text,
/// always escaped. Counts characters it had to drop because XML 1.0 forbids them.
final class XMLWriter {
  private let file: AtomicFile
  private var stack: [String] = []
  private(set) var removedCharacters = 0

  init(file: AtomicFile) {
    self.file = file
  }

  func raw(_ text: String) throws(BitextError) {
    try file.write(text)
  }

  func escape(_ text: String) -> String {
    text.xmlEscaped(removed: &removedCharacters)
  }

  func open(_ name: String, _ attributes: [(String, String)] = [], indent: Int) throws(BitextError)
  {
    try file.write(String(repeating: "  ", count: indent) + "<\(name)\(render(attributes))>\n")
    stack.append(name)
  }

  func close(indent: Int) throws(BitextError) {
    let name = stack.removeLast()
    try file.write(String(repeating: "  ", count: indent) + "</\(name)>\n")
  }

  func empty(_ name: String, _ attributes: [(String, String)], indent: Int) throws(BitextError) {
    try file.write(String(repeating: "  ", count: indent) + "<\(name)\(render(attributes))/>\n")
  }

  func element(_ name: String, _ attributes: [(String, String)] = [], text: String, indent: Int)
    throws(BitextError)
  {
    try file.write(
      String(repeating: "  ", count: indent)
        + "<\(name)\(render(attributes))>\(escape(text))</\(name)>\n")
  }

  private func render(_ attributes: [(String, String)]) -> String {
    attributes.map { " \($0.0)=\"\(escape($0.1))\"" }.joined()
  }
}
