public import BitextCore
public import BitextEmbedding
public import BitextLexicon
public import BitextSegmentation
import Foundation

/// Aligns the Chinese and English sentences of a document (or a pair of documents).
///
/// ```swift
/// let document = try Segmenter().read(path: "essay.txt")
/// let aligner = Aligner(lexicon: try LexiconLoader.load(path: "cedict_ts.u8"))
/// let alignment = aligner.align(document)
/// for bead in alignment.beads where bead.confidence >= 0.5 {
///   print(alignment.zhText(bead), "↔", alignment.enText(bead))
/// }
/// ```
///
/// The method: cheap anchors (mutual best 1-1 pairs through the dictionary) fix a path;
/// a dynamic program over beads (1-1 up to 1-5 and 5-1, and sentences left out at a cost
/// taken from the document) finds the most probable path in a band around it
/// (``PathModel``); a second pass re-estimates the length ratio and adds word associations
/// learned from the first; each pair gets a calibrated confidence, which alone decides
/// what is exported.
public struct Aligner: Sendable {
  /// The lexicon used for dictionary evidence (may be empty).
  public let lexicon: Lexicon
  /// The parameters.
  public var configuration: Configuration
  /// The sentence encoder whose embeddings are a second source of evidence, if any.
  public var encoder: SentenceEncoder?
  /// The languages of the two sides. The dictionary serves Chinese–English only; for
  /// another pair (Russian with English or Chinese) the aligner goes without it, and the
  /// embeddings count in the confidence, being the only witness of meaning.
  public var languages = LanguagePair.chineseEnglish

  /// Whether embeddings count in the confidence: when configured, or when no dictionary
  /// can serve the language pair.
  private var embeddingsInConfidence: Bool {
    configuration.semanticInConfidence || languages != .chineseEnglish
  }

  /// Creates an aligner.
  ///
  /// - Parameters:
  ///   - lexicon: Chinese → English dictionary; an empty one means lengths, numbers,
  ///     Latin tokens and pinyin names only.
  ///   - configuration: Parameters; the defaults favour precision.
  public init(
    lexicon: Lexicon = Lexicon(), configuration: Configuration = Configuration(),
    encoder: SentenceEncoder? = nil
  ) {
    self.lexicon = lexicon
    self.configuration = configuration
    self.encoder = encoder
  }

  /// Aligns the two languages (``languages``) of one mixed document.
  public func align(_ document: Document) -> Alignment {
    align(zh: document.units(in: languages.first), en: document.units(in: languages.second))
  }

  /// Aligns a document in the first language with one in the second.
  public func align(zh: Document, en: Document) -> Alignment {
    align(zh: zh.units(in: languages.first), en: en.units(in: languages.second))
  }

  /// Aligns Chinese sentences with English sentences, both in reading order.
  ///
  /// - Complexity: Linear in the number of sentences when anchors are found; a region
  ///   without anchors is searched in a band of at most `maxRectangle` cells.
  public func align(zh: [TextUnit], en: [TextUnit]) -> Alignment {
    var result = alignWithoutThreshold(zh: zh, en: en)
    result.minimumConfidence = configuration.minimumConfidence
    return result
  }

  private func alignWithoutThreshold(zh: [TextUnit], en: [TextUnit]) -> Alignment {
    var warnings: [String] = []
    if zh.isEmpty || en.isEmpty {
      let missing = LanguagePair.name(zh.isEmpty ? languages.first : languages.second)
      warnings.append("no \(missing) text found: nothing to align")
      return Alignment(zh: zh, en: en, beads: [], warnings: warnings)
    }
    let embeddings = SemanticScorer(
      encoder: encoder, zh: zh.map(\.text), en: en.map(\.text),
      span: min(configuration.maxBeadSide, 4), limit: configuration.semanticRunLimit)
    let semanticAnchors = embeddings.mutualNeighbours(
      minimumCosine: configuration.semanticAnchorCosine,
      maximumCells: configuration.semanticAnchorCells)
    guard languages == .chineseEnglish else {
      // No dictionary and nothing to learn associations from (no Han–English pairs).
      if encoder == nil {
        warnings.append(
          "aligning \(languages) without the sentence encoder: only lengths, numbers and Latin "
            + "tokens are evidence, so few pairs will be exported (run Scripts/setup.sh)")
      }
      return align(
        zh: zh, en: en, lexicon: Lexicon(), embeddings: embeddings,
        semanticAnchors: semanticAnchors, warnings: warnings)
    }
    // First pass with the dictionary; then word associations learned from this
    // document's own well-supported pairs (names, recurring terms the dictionary lacks)
    // join the dictionary for a second pass, as hunalign does.
    let first = align(
      zh: zh, en: en, lexicon: lexicon, embeddings: embeddings, semanticAnchors: semanticAnchors,
      warnings: warnings)
    let learned = learnedAssociations(first)
    if lexicon.isEmpty {
      var note =
        "no dictionary: aligning with lengths, numbers, Latin tokens and pinyin names "
        + "(run Scripts/setup.sh or pass --lexicon)"
      guard learned.lexicon.count >= 10 else {
        var result = first
        result.warnings.append(note)
        return result
      }
      note +=
        ", and \(learned.lexicon.count) word associations learned from \(learned.pairs) pairs"
      return align(
        zh: zh, en: en, lexicon: learned.lexicon, embeddings: embeddings,
        semanticAnchors: semanticAnchors, warnings: warnings + [note])
    }
    guard configuration.learnAssociations, learned.lexicon.count >= 5,
      Double(learned.pairs) < configuration.learningSufficientShare
        * Double(max(1, first.beads.count))
    else { return first }
    var merged = lexicon
    merged.merge(learned.lexicon)
    return align(
      zh: zh, en: en, lexicon: merged, embeddings: embeddings, semanticAnchors: semanticAnchors,
      warnings: warnings)
  }

  /// Associations learned from the beads of `alignment` whose lexical coverage and
  /// lengths both support them.
  /// At most `learningSampleSize` pairs, spread evenly over the document, are learned
  /// from: associations that recur are found in a sample, and the cost stays bounded.
  private func learnedAssociations(_ alignment: Alignment) -> (lexicon: Lexicon, pairs: Int) {
    let supported = alignment.beads.filter { $0.score >= configuration.learningMinimumScore }
    guard supported.count >= 5 else { return (Lexicon(), supported.count) }
    let step = max(1, supported.count / max(1, configuration.learningSampleSize))
    let pairs = stride(from: 0, to: supported.count, by: step).map {
      (alignment.zhText(supported[$0]), alignment.enText(supported[$0]))
    }
    return (LexiconLearner.learn(pairs: pairs), supported.count)
  }

  private func align(
    zh: [TextUnit], en: [TextUnit], lexicon: Lexicon, embeddings: SemanticScorer,
    semanticAnchors: [(Int, Int, Double)], warnings: [String]
  )
    -> Alignment
  {
    let trace = AlignerTrace()
    // Features on every core, an extractor (and its caches) per worker.
    let zhFeatures = zh.parallelMap(
      minimumPerWorker: 1_000, context: { FeatureExtractor(lexicon: lexicon) }
    ) { extractor, unit in extractor.chinese(unit.text) }
    let enFeatures = en.parallelMap(
      minimumPerWorker: 1_000, context: { FeatureExtractor(lexicon: lexicon) }
    ) { extractor, unit in extractor.english(unit.text) }
    trace.lap("features")
    var scorer = CompositeScorer(
      lexical: LexicalScorer(zh: zhFeatures, en: enFeatures),
      anchors: AnchorScorer(zh: zhFeatures, en: enFeatures),
      length: LengthScorer(zh: zhFeatures, en: enFeatures))
    scorer.semantic = embeddings
    scorer.semanticInConfidence = embeddingsInConfidence
    scorer.semanticFloor = configuration.semanticFloor
    scorer.semanticFull = configuration.semanticFull
    let zhKinds = zh.map(\.kind)
    let enKinds = en.map(\.kind)
    let veto = configuration.semanticAnchorVeto
    var finder = AnchorFinder(zh: zhFeatures, en: enFeatures) { i, j in
      guard StructureRule.compatible([zhKinds[i]], [enKinds[j]]) else { return 0 }
      // A dictionary anchor whose embeddings disagree is a coincidence of words (an
      // anchor is forced on the path, so a wrong one costs its whole neighbourhood).
      if !embeddings.isEmpty, embeddings.cosine(zh: i..<(i + 1), en: j..<(j + 1)) < veto {
        return 0
      }
      return scorer.score(zh: i..<(i + 1), en: j..<(j + 1))
    }
    finder.extraPairs = semanticAnchors.filter { i, j, _ in
      StructureRule.compatible([zhKinds[i]], [enKinds[j]])
    }
    finder.outlierSlack = configuration.anchorOutlierSlack
    finder.outlierShare = configuration.anchorOutlierShare
    let anchors = finder.anchors()
    trace.lap("anchors")
    trace.note(
      "anchor pairs (zh:en:cosine%) "
        + anchors.map { i, j in
          "\(i):\(j):\(Int(100 * embeddings.cosine(zh: i..<(i + 1), en: j..<(j + 1))))"
        }.joined(separator: " "))
    let band = SearchBand(
      n: zh.count, m: en.count, anchors: anchors, margin: configuration.band,
      maxRectangle: configuration.maxRectangle)
    trace.note(
      "anchors \(anchors.count), band cells \(band.cellCount), n \(zh.count), m \(en.count)")
    let blocks = (zh.map(\.block), en.map(\.block))
    let kinds = (zhKinds, enKinds)
    var gapOpen = configuration.gapOpen
    var steps = search(
      band: band, anchors: anchors, scorer: scorer, blocks: blocks, kinds: kinds,
      gapOpen: gapOpen)
    trace.lap("first pass")
    // Second pass: the length ratio and spread of this document, from its own pairs with
    // dictionary support; and what its punctuation says, from the same pairs.
    let supported = steps.filter { scorer.supportedCoverage(zh: $0.zh, en: $0.en) >= 0.3 }
    var again = false
    if let (ratio, sigma) = scorer.length.estimated(from: supported.map { ($0.zh, $0.en) }),
      abs(log(ratio / scorer.length.ratio)) > 0.05 || abs(sigma - scorer.length.sigma) > 0.05
    {
      scorer.length.ratio = ratio
      scorer.length.sigma = sigma
      again = true
    }
    if configuration.punctuationWeight > 0 {
      var punctuation = PunctuationScorer(zh: zh.map(\.text), en: en.map(\.text))
      punctuation.estimate(from: supported.map { ($0.zh, $0.en) })
      if punctuation.isActive {
        scorer.punctuation = punctuation
        again = true
        trace.note(
          "punctuation log odds agree \(punctuation.agree) disagree \(punctuation.disagree)")
      }
    }
    // A document whose first pass left almost nothing out is a parallel text: there a
    // run of left-out sentences is rarer, so opening one costs more.
    let pairedZh = steps.reduce(0) { $0 + $1.zh.count }
    let pairedEn = steps.reduce(0) { $0 + $1.en.count }
    let leftOut = Double(zh.count - pairedZh + en.count - pairedEn) / Double(zh.count + en.count)
    if configuration.parallelGapOpen > 0, min(zh.count, en.count) >= 20,
      leftOut <= configuration.parallelLeftOutShare
    {
      gapOpen += configuration.parallelGapOpen
      again = true
      trace.note("parallel text: \(Int(leftOut * 100))% left out, gap opening \(gapOpen)")
    }
    if again {
      steps = search(
        band: band, anchors: anchors, scorer: scorer, blocks: blocks, kinds: kinds,
        gapOpen: gapOpen)
      trace.lap("second pass")
    }
    let beads = Self.beads(from: steps, scorer: scorer, zh: zh, trace: trace)
    return Alignment(
      zh: zh, en: en, beads: beads, sections: Self.sections(beads), warnings: warnings)
  }

  /// Beads with their confidence: similarity, lowered by unexplained nearby rivals.
  private static func beads(
    from steps: [DynamicProgram.Step], scorer: CompositeScorer, zh: [TextUnit], trace: AlignerTrace
  ) -> [Bead] {
    let similarities = steps.map { scorer.score(zh: $0.zh, en: $0.en) }
    var zhOwner = [Double](repeating: 0, count: scorer.lexical.zh.count)
    var enOwner = [Double](repeating: 0, count: scorer.lexical.en.count)
    for (step, similarity) in zip(steps, similarities) {
      for i in step.zh { zhOwner[i] = similarity }
      for j in step.en { enOwner[j] = similarity }
    }
    var beads = zip(steps, similarities).map { step, similarity -> Bead in
      let rival = Confidence.rival(of: step, scorer: scorer, zhOwner: zhOwner, enOwner: enOwner)
      let confidence = Confidence.calibrated(similarity, rival: rival)
      if confidence < 0.6 {
        trace.note(
          "low \(step.zh) \(step.en) similarity \(similarity) rival \(rival) \(zh[step.zh.lowerBound].text.prefix(20))"
        )
      }
      return Bead(zh: step.zh, en: step.en, confidence: confidence, score: similarity)
    }
    Confidence.discountIsolated(
      &beads, zhCount: scorer.lexical.zh.count, enCount: scorer.lexical.en.count
    ) { bead in
      bead.zh.reduce(0.0) { $0 + scorer.lexical.zh[$1].length } < 8
        || bead.en.reduce(0.0) { $0 + scorer.lexical.en[$1].length } < 25
    }
    Confidence.supportByNeighbours(&beads) { scorer.length.score(zh: $0, en: $1) }
    #if BITEXT_INTERNAL_CHECKS
      checkInvariants(beads, zhCount: zhOwner.count, enCount: enOwner.count)
    #endif
    return beads
  }

  #if BITEXT_INTERNAL_CHECKS
    /// Beads are non-empty on both sides, in order, and use each sentence at most once.
    static func checkInvariants(_ beads: [Bead], zhCount: Int, enCount: Int) {
      var zhEnd = 0
      var enEnd = 0
      for bead in beads {
        precondition(!bead.zh.isEmpty && !bead.en.isEmpty, "empty bead side")
        precondition(
          bead.zh.lowerBound >= zhEnd && bead.en.lowerBound >= enEnd, "beads out of order")
        precondition(
          bead.zh.upperBound <= zhCount && bead.en.upperBound <= enCount, "bead out of range")
        precondition((0...1).contains(bead.confidence), "confidence out of [0, 1]")
        zhEnd = bead.zh.upperBound
        enEnd = bead.en.upperBound
      }
    }
  #endif

  private func search(
    band: SearchBand, anchors: [(Int, Int)], scorer: CompositeScorer, blocks: ([Int], [Int]),
    kinds: ([UnitKind], [UnitKind]), gapOpen: Double
  ) -> [DynamicProgram.Step] {
    let shapes = BeadShape.all(
      maxSide: configuration.maxBeadSide, maxTotal: configuration.maxBeadSize)
    var model = PathModel(
      lexicalWeight: configuration.lexicalWeight,
      lexicalThreshold: configuration.lexicalThreshold,
      lengthWeight: configuration.lengthWeight, shapePenalty: configuration.shapePenalty,
      weakSentencePenalty: configuration.weakSentencePenalty,
      skipCost: configuration.minimumSkipCost)
    model.semanticWeight = configuration.semanticWeight
    model.semanticThreshold = configuration.semanticThreshold
    model.semanticSizeExponent = configuration.semanticSizeExponent
    model.semanticMargin = configuration.semanticMargin
    model.punctuationWeight = configuration.punctuationWeight
    model.skipCost = PathModel.skipCost(
      n: blocks.0.count, m: blocks.1.count, percentile: configuration.skipPercentile,
      minimum: configuration.minimumSkipCost
    ) { [model, scorer] i, j in model.gain(scorer, zh: i..<(i + 1), en: j..<(j + 1)) }
    let gains = BeadGains(band: band, shapes: shapes, scorer: scorer, model: model, kinds: kinds)
    var program = DynamicProgram(shapes: shapes, band: band, gains: gains.block)
    (program.zhSkipCost, program.enSkipCost) = PathModel.regionalSkipCosts(
      n: blocks.0.count, m: blocks.1.count, anchors: anchors, cost: model.skipCost,
      reward: configuration.unbalancedSkipReward, slack: configuration.unbalancedSlack)
    program.gapOpen = gapOpen
    program.gapInsideBlock = configuration.gapInsideParagraph
    program.zhBlocks = blocks.0
    program.enBlocks = blocks.1
    return program.run(n: blocks.0.count, m: blocks.1.count)
  }

  /// Groups beads that follow each other closely into matched regions.
  static func sections(_ beads: [Bead]) -> [SectionMatch] {
    var result: [SectionMatch] = []
    for bead in beads {
      if var last = result.last, bead.zh.lowerBound - last.zh.upperBound <= 5,
        bead.en.lowerBound - last.en.upperBound <= 5
      {
        last.zh = last.zh.lowerBound..<bead.zh.upperBound
        last.en = last.en.lowerBound..<bead.en.upperBound
        last.pairs += 1
        result[result.count - 1] = last
      } else {
        result.append(SectionMatch(zh: bead.zh, en: bead.en, pairs: 1))
      }
    }
    return result
  }
}
