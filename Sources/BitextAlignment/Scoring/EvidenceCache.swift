/// Pair evidence computed once per sentence pair while the dynamic program sweeps the
/// Chinese side: a ring of recent rows, so memory stays constant however long the text.
final class EvidenceCache {
  struct Entry {
    var masks: PairMasks
    var anchors: AnchorScorer.PairAnchors
  }

  private struct Row {
    var index = -1
    var base = 0
    var entries: [Entry?] = []
  }

  private let lexical: LexicalScorer
  private let anchors: AnchorScorer
  private var rows: [Row]

  /// - Parameter rows: Rows kept (must exceed the largest bead side).
  init(lexical: LexicalScorer, anchors: AnchorScorer, rows: Int = 16) {
    self.lexical = lexical
    self.anchors = anchors
    self.rows = [Row](repeating: Row(), count: rows)
  }

  func entry(_ i: Int, _ j: Int) -> Entry {
    let slot = i % rows.count
    if rows[slot].index != i {
      rows[slot] = Row(index: i, base: j, entries: [])
    }
    var offset = j - rows[slot].base
    if offset < 0 {
      rows[slot].entries.insert(contentsOf: [Entry?](repeating: nil, count: -offset), at: 0)
      rows[slot].base = j
      offset = 0
    }
    if offset >= rows[slot].entries.count {
      rows[slot].entries.append(
        contentsOf: [Entry?](repeating: nil, count: offset - rows[slot].entries.count + 1))
    }
    if let cached = rows[slot].entries[offset] { return cached }
    let computed = Entry(masks: lexical.pair(i, j), anchors: anchors.pair(i, j))
    rows[slot].entries[offset] = computed
    return computed
  }
}
