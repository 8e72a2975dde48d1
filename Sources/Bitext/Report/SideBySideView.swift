import BitextSegmentation

/// Chinese and English in two columns for a terminal, wrapped by display width (CJK
/// characters take two cells), with source line numbers and, on a terminal, the
/// confidence coloured.
public struct SideBySideView {
  /// Which records to show.
  public enum Selection: String, Sendable, CaseIterable {
    /// Pairs below the export threshold.
    case low
    /// Every pair and unaligned sentence.
    case all
    /// Unaligned sentences only.
    case unaligned
  }

  /// Total width in cells.
  public var width: Int
  /// Whether to use ANSI colours.
  public var color: Bool
  /// Pairs below this are "low".
  public var threshold: Double

  /// Creates a view.
  public init(width: Int = 100, color: Bool = false, threshold: Double = 0.5) {
    self.width = max(40, width)
    self.color = color
    self.threshold = threshold
  }

  /// The rendered lines for `records`.
  public func render(_ records: [AlignmentRecord], selection: Selection) -> [String] {
    let gutter = 9  // "0.87 1-2 " confidence and shape column
    let column = (width - gutter - 3) / 2
    var out: [String] = []
    for record in records {
      let zhText: String
      let enText: String
      var zhLine = ""
      var enLine = ""
      var label = "        "
      if record.type == "pair", let zh = record.zh, let en = record.en {
        let confidence = record.confidence ?? 0
        if selection == .unaligned || (selection == .low && confidence >= threshold) { continue }
        zhText = zh.text
        enText = en.text
        zhLine = "\(zh.line)"
        enLine = en.sentences.isEmpty ? "" : "\(en.line)"
        label = String(format2: confidence) + " " + (record.shape ?? "")
        label = DisplayWidth.pad(label, to: 8)
        if color { label = colored(label, confidence) }
      } else {
        if selection == .low { continue }
        let isEnglish = record.lang == "en"
        zhText = isEnglish ? "" : record.text ?? ""
        enText = isEnglish ? record.text ?? "" : ""
        let line = record.line.map(String.init) ?? ""
        if isEnglish { enLine = line } else { zhLine = line }
        label = color ? "\u{1B}[2m   --   \u{1B}[0m" : "   --   "
      }
      let left = DisplayWidth.wrap(zhLine.isEmpty ? zhText : "\(zhLine)│\(zhText)", width: column)
      let right = DisplayWidth.wrap(enLine.isEmpty ? enText : "\(enLine)│\(enText)", width: column)
      for k in 0..<max(left.count, right.count) {
        let l = k < left.count ? left[k] : ""
        let r = k < right.count ? right[k] : ""
        out.append(
          (k == 0 ? label : "        ") + " " + DisplayWidth.pad(l, to: column) + " ┃ " + r)
      }
    }
    return out
  }

  private func colored(_ text: String, _ confidence: Double) -> String {
    let code = confidence >= 0.9 ? "32" : confidence >= threshold ? "33" : "31"
    return "\u{1B}[\(code)m\(text)\u{1B}[0m"
  }
}

extension String {
  init(format2 value: Double) {
    let hundredths = Int((value * 100).rounded())
    self = "\(hundredths / 100).\(hundredths % 100 < 10 ? "0" : "")\(hundredths % 100)"
  }
}
