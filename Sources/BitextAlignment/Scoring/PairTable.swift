/// Pair evidence (dictionary masks and anchor matches) of every sentence pair that beads
/// ending in a range of rows can join, computed once and stored flat: the dynamic
/// program's beads read each pair many times (a 2-3 bead reads six), so it is worth
/// computing them up front, and a flat array is read without hashing or locking.
struct PairTable {
  struct Entry {
    var masks: PairMasks
    var anchors: AnchorScorer.PairAnchors
  }

  /// Chinese sentences covered.
  let rows: Range<Int>
  /// Per row: the first English sentence stored.
  private var firstColumn: [Int]
  /// Per row: the row's offset in `entries` (one more element than rows).
  private var offsets: [Int]
  private var entries: [Entry]

  /// Computes the pairs (i, j) with `i` in `rows` and `j` in `columns(i)`.
  init(
    rows: Range<Int>, columns: (Int) -> Range<Int>, lexical: LexicalScorer, anchors: AnchorScorer
  ) {
    self.rows = rows
    firstColumn = []
    offsets = [0]
    firstColumn.reserveCapacity(rows.count)
    offsets.reserveCapacity(rows.count + 1)
    var total = 0
    var spans: [Range<Int>] = []
    for i in rows {
      let span = columns(i)
      spans.append(span)
      firstColumn.append(span.lowerBound)
      total += span.count
      offsets.append(total)
    }
    entries = []
    entries.reserveCapacity(total)
    for (i, span) in zip(rows, spans) {
      for j in span {
        entries.append(Entry(masks: lexical.pair(i, j), anchors: anchors.pair(i, j)))
      }
    }
  }

  /// The evidence of pair (i, j), which must be in the table.
  @inline(__always)
  func entry(_ i: Int, _ j: Int) -> Entry {
    let row = i - rows.lowerBound
    let offset = offsets[row] + j - firstColumn[row]
    precondition(offset >= offsets[row] && offset < offsets[row + 1], "pair outside the table")
    return entries[offset]
  }
}
