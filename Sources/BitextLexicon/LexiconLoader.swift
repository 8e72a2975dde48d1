public import BitextCore
import Foundation

/// Loads a ``Lexicon`` from CC-CEDICT or from a simple `zh<TAB>en` list.
public enum LexiconLoader {
  /// Where `Scripts/setup.sh` puts CC-CEDICT, relative to the project root.
  public static let defaultRelativePath = ".cache/cedict/cedict_ts.u8"

  /// Finds the default dictionary: `$BITEXT_LEXICON`, then `.cache/cedict/` in the current
  /// folder or any folder above it, then above the running executable, whose path is
  /// resolved through symbolic links (a binary linked into `~/bin` still finds the
  /// project's dictionary).
  public static func defaultPath() -> String? {
    let environment = ProcessInfo.processInfo.environment
    if let path = environment["BITEXT_LEXICON"], !path.isEmpty { return path }
    return InstalledResource.find(defaultRelativePath)
  }

  /// Loads the file at `path`; the format (CC-CEDICT or `zh<TAB>en`) is detected per line.
  ///
  /// - Throws: ``BitextError`` if the file cannot be read or has no usable entry.
  public static func load(path: String) throws(BitextError) -> Lexicon {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw BitextError(.unreadable, "\(path): cannot read the lexicon")
    }
    guard let text = String(validating: data, as: UTF8.self) else {
      throw BitextError(.undecodable, "\(path): the lexicon is not UTF-8")
    }
    let lexicon = parse(text)
    if lexicon.isEmpty {
      throw BitextError(
        .malformed, "\(path): no entries found (expected CC-CEDICT lines or zh<TAB>en lines)")
    }
    return lexicon
  }

  /// Parses lexicon text: CC-CEDICT lines (`繁 简 [pin1 yin1] /gloss/gloss/`) or
  /// `zh<TAB>english` lines; `#` lines are comments.
  public static func parse(_ text: String) -> Lexicon {
    var lexicon = Lexicon()
    for line in text.split(whereSeparator: \.isNewline) {
      if line.hasPrefix("#") { continue }
      if let tab = line.firstIndex(of: "\t") {
        let zh = line[..<tab].trimmingCharacters(in: .whitespaces)
        let en = line[line.index(after: tab)...]
        if !zh.isEmpty { lexicon.add(headword: zh, gloss: String(en)) }
        continue
      }
      // CC-CEDICT: TRAD SIMP [pinyin] /gloss/…/
      guard let slash = line.firstIndex(of: "/") else { continue }
      let head = line[..<slash].split(separator: " ", maxSplits: 2)
      guard head.count >= 2 else { continue }
      let gloss = String(line[slash...])
      lexicon.add(headword: String(head[0]), gloss: gloss)
      if head[1] != head[0] { lexicon.add(headword: String(head[1]), gloss: gloss) }
    }
    return lexicon
  }
}
