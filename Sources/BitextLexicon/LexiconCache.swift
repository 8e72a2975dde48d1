public import BitextCore

/// Loads lexicons (kept for later use of a compact cache file).
public enum LexiconCache {
  /// Loads the lexicon at `path`.
  public static func load(path: String) throws(BitextError) -> Lexicon {
    try LexiconLoader.load(path: path)
  }
}
