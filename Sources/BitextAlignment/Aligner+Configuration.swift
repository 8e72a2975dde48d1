extension Aligner {
  /// Parameters of the aligner. The defaults favour precision.
  public struct Configuration: Sendable {
    /// Most sentences on one side of a bead.
    public var maxBeadSide = 5
    /// Most sentences in a bead, both sides together.
    public var maxBeadSize = 6
    /// Cells added around each rectangle between anchors.
    public var band = 3
    /// Similarity a bead must exceed to be worth more than leaving its sentences out.
    public var skipPenalty = 0.2
    /// Extra similarity asked of a bead per sentence beyond 1-1 (a shape prior).
    public var shapePenalty = 0.04
    /// Pairs below this confidence are not exported to TMX (they stay in JSON Lines).
    public var minimumConfidence = 0.6
    /// Rectangles between anchors above this many cells are searched in a diagonal band.
    public var maxRectangle = 400_000

    /// The default configuration.
    public init() {}
  }
}
