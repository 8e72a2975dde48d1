public import BitextCore

extension Aligner {
  /// Parameters of the aligner. The defaults favour precision.
  public struct Configuration: Sendable {
    /// Most sentences on one side of a bead.
    public var maxBeadSide = 5
    /// Most sentences in a bead, both sides together.
    public var maxBeadSize = 6
    /// Cells added around each rectangle between anchors.
    public var band = 3
    /// Weight of dictionary and anchor coverage (0…1) per sentence of a bead in the path
    /// search (see the README's model paragraph).
    public var lexicalWeight = 2.0
    /// Coverage at which a sentence's lexical evidence is neutral in the path search.
    public var lexicalThreshold = 0.03
    /// Weight of length agreement (Gale–Church log likelihood) in the path search.
    public var lengthWeight = 0.2
    /// Weight of the punctuation evidence (questions, exclamations, quoted speech on both
    /// sides or one), whose log odds each document learns from its own first-pass pairs;
    /// 0 turns it off.
    public var punctuationWeight = 0.25
    /// Prior cost per sentence beyond 1-1 in the path search.
    public var shapePenalty = 0.05
    /// Weight of the sentence-embedding cosine per sentence of a bead in the path search
    /// (used when the aligner has an encoder).
    public var semanticWeight = 3.0
    /// Cosine at which the embedding evidence is neutral in the path search.
    public var semanticThreshold = 0.0
    /// How the embedding evidence grows with a bead's size: × (sentences / 2) to this
    /// power (1: per sentence, as coverage; 0: once per bead, as Bertalign scores beads).
    public var semanticSizeExponent = 0.5
    /// Whether the embedding evidence is the bead's cosine less its cosines with the
    /// neighbouring sentences (Bertalign's margin), so its neutral point is local.
    public var semanticMargin = true
    /// Cosine at which two sentences that are each other's nearest neighbour by
    /// embedding become an anchor candidate (above 1: embeddings give no anchors).
    public var semanticAnchorCosine = 0.6
    /// Cosine below which a dictionary anchor candidate is dropped when the aligner has
    /// an encoder (its words agree by chance).
    public var semanticAnchorVeto = 0.2
    /// An anchor further than `anchorOutlierSlack + anchorOutlierShare × distance` from
    /// the line between the anchors before and after it is dropped (a repeated name or
    /// phrase that agrees with neither neighbour).
    public var anchorOutlierSlack = 5.0
    public var anchorOutlierShare = 0.3
    /// Documents with more sentence pairs than this (Chinese × English) take no anchors
    /// from embeddings (the comparison of every pair grows as the product).
    public var semanticAnchorCells = 25_000_000
    /// Whether embeddings add to a pair's confidence (off: sentences of one topic that
    /// are not translations of each other reach high cosines, so the confidence, which
    /// decides what goes to the TMX, stays the dictionary's and the lengths').
    public var semanticInConfidence = false
    /// Cosine below which embeddings add nothing to a pair's confidence (when they count).
    public var semanticFloor = 0.6
    /// Cosine at which embeddings count fully in a pair's confidence.
    public var semanticFull = 0.9
    /// Documents with at most this many sentences a side embed the joined text of every
    /// run of up to four sentences; longer ones add sentence embeddings instead (faster).
    public var semanticRunLimit = 3000
    /// Cost in the path search of a multi-sentence bead with a substantial sentence its
    /// other side does not explain.
    public var weakSentencePenalty = 0.45
    /// Share of random, certainly wrong 1-1 pairs whose gain sets the cost of leaving a
    /// sentence out (Vecalign's deletion percentile).
    public var skipPercentile = 0.8
    /// Cost of opening a run of left-out sentences at a paragraph boundary.
    public var gapOpen = 0.1
    /// Added to `gapOpen` for the second pass of a parallel text: one whose first pass
    /// left at most `parallelLeftOutShare` of its sentences out (at least 20 a side).
    public var parallelGapOpen = 0.2
    public var parallelLeftOutShare = 0.05
    /// Extra cost of a run of left-out sentences that starts or ends inside a paragraph.
    public var gapInsideParagraph = 0.6
    /// Least cost of leaving a sentence out.
    public var minimumSkipCost = 0.3
    /// Gain of leaving a sentence out where the text between two anchors is all on one
    /// side (an article whose English is only an abstract).
    public var unbalancedSkipReward = 0.6
    /// How many times more sentences than the document's ratio predicts a stretch between
    /// anchors may hold before its surplus counts as one-sided (a loose translation joins
    /// several sentences into one here and there).
    public var unbalancedSlack = 2.0
    /// Learn word associations from the first pass's well-supported pairs and align again
    /// with them added to the dictionary.
    public var learnAssociations = true
    /// Similarity (coverage weighted by length agreement) a first-pass pair needs to be
    /// learned from.
    public var learningMinimumScore = 0.25
    /// When at least this share of the first pass's pairs is already well supported, the
    /// dictionary explains the document and the second pass is skipped.
    public var learningSufficientShare = 0.85
    /// Most pairs learned from (spread evenly over the document).
    public var learningSampleSize = 3000
    /// Pairs below this confidence are not exported to TMX (they stay in JSON Lines).
    public var minimumConfidence = 0.6
    /// Rectangles between anchors above this many cells are searched in a diagonal band.
    public var maxRectangle = 400_000

    /// The default configuration.
    public init() {}

    /// The configuration with `key=value` overrides (`lengthWeight=0.8,shapePenalty=0.05`),
    /// for experiments (`BITEXT_CONFIG`); unknown keys and bad values are reported.
    public func overridden(by text: String) throws(BitextError) -> Configuration {
      var result = self
      for item in text.split(separator: ",") where !item.isEmpty {
        let parts = item.split(separator: "=", maxSplits: 1).map(String.init)
        guard parts.count == 2, let value = Double(parts[1]), value.isFinite else {
          throw BitextError(.invalidArgument, "BITEXT_CONFIG: '\(item)' is not key=number")
        }
        switch parts[0] {
        case "maxBeadSide": result.maxBeadSide = Int(value)
        case "maxBeadSize": result.maxBeadSize = Int(value)
        case "band": result.band = Int(value)
        case "lexicalWeight": result.lexicalWeight = value
        case "lexicalThreshold": result.lexicalThreshold = value
        case "lengthWeight": result.lengthWeight = value
        case "punctuationWeight": result.punctuationWeight = value
        case "shapePenalty": result.shapePenalty = value
        case "skipPercentile": result.skipPercentile = value
        case "minimumSkipCost": result.minimumSkipCost = value
        case "gapOpen": result.gapOpen = value
        case "semanticWeight": result.semanticWeight = value
        case "semanticThreshold": result.semanticThreshold = value
        case "semanticSizeExponent": result.semanticSizeExponent = value
        case "semanticMargin": result.semanticMargin = value != 0
        case "semanticAnchorCosine": result.semanticAnchorCosine = value
        case "semanticAnchorCells": result.semanticAnchorCells = Int(value)
        case "semanticAnchorVeto": result.semanticAnchorVeto = value
        case "anchorOutlierSlack": result.anchorOutlierSlack = value
        case "anchorOutlierShare": result.anchorOutlierShare = value
        case "semanticFloor": result.semanticFloor = value
        case "semanticFull": result.semanticFull = value
        case "semanticRunLimit": result.semanticRunLimit = Int(value)
        case "semanticInConfidence": result.semanticInConfidence = value != 0
        case "weakSentencePenalty": result.weakSentencePenalty = value
        case "parallelGapOpen": result.parallelGapOpen = value
        case "parallelLeftOutShare": result.parallelLeftOutShare = value
        case "gapInsideParagraph": result.gapInsideParagraph = value
        case "unbalancedSlack": result.unbalancedSlack = value
        case "unbalancedSkipReward": result.unbalancedSkipReward = value
        case "minimumConfidence": result.minimumConfidence = value
        case "learnAssociations": result.learnAssociations = value != 0
        case "learningMinimumScore": result.learningMinimumScore = value
        case "learningSufficientShare": result.learningSufficientShare = value
        case "learningSampleSize": result.learningSampleSize = Int(value)
        default: throw BitextError(.invalidArgument, "BITEXT_CONFIG: unknown key '\(parts[0])'")
        }
      }
      return result
    }
  }
}
