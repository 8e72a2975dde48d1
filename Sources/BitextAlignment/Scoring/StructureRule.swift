import BitextCore

/// Structural compatibility of a bead: notes pair only with notes and keyword lines only
/// with keyword lines. A Chinese article's English footnote never pairs with a Chinese
/// heading, however many words they share.
enum StructureRule {
  private static let exclusive: Set<UnitKind> = [.endnote, .keywords]

  /// Whether units of `kind` pair only with units of their own kind.
  static func isExclusive(_ kind: UnitKind) -> Bool { exclusive.contains(kind) }

  /// Whether Chinese units of `zhKinds` may pair with English units of `enKinds`.
  static func compatible(_ zhKinds: some Collection<UnitKind>, _ enKinds: some Collection<UnitKind>)
    -> Bool
  {
    for kind in exclusive {
      let zhHas = zhKinds.contains(kind)
      let enHas = enKinds.contains(kind)
      if zhHas != enHas { return false }
      if zhHas && !(zhKinds.allSatisfy { $0 == kind } && enKinds.allSatisfy { $0 == kind }) {
        return false
      }
    }
    return true
  }
}
