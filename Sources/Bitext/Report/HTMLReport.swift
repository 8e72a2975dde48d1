/// One self-contained HTML page for reviewers: the two texts side by side with pairs
/// coloured by confidence, unaligned sentences marked, a low-confidence filter, and an
/// SVG alignment-path plot (Chinese sentence index against English sentence index).
/// No network, no external scripts.
public enum HTMLReport {
  /// The page for `records` and their `summary`.
  public static func render(
    records: [AlignmentRecord], summary: ReportSummary, threshold: Double
  ) -> String {
    var rows = ""
    for (index, record) in records.enumerated() {
      if record.type == "pair", let zh = record.zh, let en = record.en {
        let confidence = record.confidence ?? 0
        let low = confidence < threshold ? " low" : ""
        rows += """
          <tr id="r\(index)" class="pair\(low)" style="--c:\(hue(confidence))">\
          <td class="conf">\(String(format2: confidence))<br><small>\(escape(record.shape ?? ""))</small></td>\
          <td class="zh"><span class="ln">\(zh.line)</span>\(escape(zh.text))</td>\
          <td class="en"><span class="ln">\(en.line)</span>\(escape(en.text))</td></tr>

          """
      } else {
        let english = record.lang == "en"
        let text =
          "<span class=\"ln\">\(record.line.map(String.init) ?? "")</span>\(escape(record.text ?? ""))"
        rows += """
          <tr id="r\(index)" class="unaligned"><td class="conf">—</td>\
          <td class="zh">\(english ? "" : text)</td><td class="en">\(english ? text : "")</td></tr>

          """
      }
    }
    return """
      <!DOCTYPE html>
      <html lang="en"><head><meta charset="utf-8">
      <title>Bitext report: \(escape(summary.document))</title>
      <style>
      body{font-family:system-ui,"Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei",sans-serif;margin:1.5em;color:#222}
      table.align{border-collapse:collapse;width:100%;table-layout:fixed}
      table.align td{vertical-align:top;padding:.35em .5em;border-bottom:1px solid #ddd}
      td.conf{width:4.5em;text-align:right;font-variant-numeric:tabular-nums}
      tr.pair td.conf{background:hsl(var(--c),70%,80%)}
      tr.unaligned td{color:#777;background:#f6f6f6;font-style:italic}
      .ln{color:#999;font-size:.75em;margin-right:.5em}
      body.only-low tr.pair:not(.low), body.only-low tr.unaligned{display:none}
      .figures td{padding:.1em 1em .1em 0}
      svg{border:1px solid #ccc;background:#fff}
      </style></head>
      <body>
      <h1>\(escape(summary.document))</h1>
      <table class="figures">
      <tr><td>Chinese sentences aligned</td><td>\(summary.zhAligned) of \(summary.zhSentences) (\(percent(summary.zhShare)))</td></tr>
      <tr><td>English sentences aligned</td><td>\(summary.enAligned) of \(summary.enSentences) (\(percent(summary.enShare)))</td></tr>
      <tr><td>Pairs (exported at confidence ≥ \(String(format2: threshold)))</td><td>\(summary.pairs) (\(summary.exported))</td></tr>
      <tr><td>Regions paired / left</td><td>\(summary.regionsPaired) / \(summary.regionsLeft)</td></tr>
      <tr><td>Bead shapes</td><td>\(summary.shapes.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }.joined(separator: ", "))</td></tr>
      </table>
      <p><label><input type="checkbox" id="lowonly"> Show only pairs below the threshold</label></p>
      \(plot(records: records, summary: summary))
      <table class="align"><colgroup><col style="width:5em"><col><col></colgroup><thead><tr><th></th><th>Chinese</th><th>English</th></tr></thead><tbody>
      \(rows)</tbody></table>
      <script>
      document.getElementById('lowonly').addEventListener('change', function (e) {
        document.body.classList.toggle('only-low', e.target.checked);
      });
      </script>
      </body></html>

      """
  }

  /// The alignment path: a dot per pair at (Chinese index, English index), coloured by
  /// confidence and linked to its row; grey ticks on the axes for unaligned sentences.
  static func plot(records: [AlignmentRecord], summary: ReportSummary) -> String {
    let size = 420.0
    let margin = 30.0
    let n = Double(max(1, summary.zhSentences))
    let m = Double(max(1, summary.enSentences))
    func x(_ i: Double) -> String { String(format2: margin + i / n * (size - 2 * margin)) }
    func y(_ j: Double) -> String { String(format2: size - margin - j / m * (size - 2 * margin)) }
    var marks = ""
    for (index, record) in records.enumerated() {
      if record.type == "pair", let zh = record.zh, let en = record.en {
        let i = Double(zh.sentences.reduce(0, +)) / Double(zh.sentences.count)
        let j = Double(en.sentences.reduce(0, +)) / Double(en.sentences.count)
        marks +=
          "<a href=\"#r\(index)\"><circle cx=\"\(x(i))\" cy=\"\(y(j))\" r=\"3\" fill=\"hsl(\(hue(record.confidence ?? 0)),70%,45%)\"><title>\(escape(record.shape ?? "")) \(String(format2: record.confidence ?? 0))</title></circle></a>\n"
      } else if let k = record.sentences?.first {
        if record.lang == "en" {
          marks +=
            "<line x1=\"\(String(format2: margin - 6))\" x2=\"\(String(format2: margin - 2))\" y1=\"\(y(Double(k)))\" y2=\"\(y(Double(k)))\" stroke=\"#bbb\"/>\n"
        } else {
          marks +=
            "<line x1=\"\(x(Double(k)))\" x2=\"\(x(Double(k)))\" y1=\"\(String(format2: size - margin + 2))\" y2=\"\(String(format2: size - margin + 6))\" stroke=\"#bbb\"/>\n"
        }
      }
    }
    return """
      <svg xmlns="http://www.w3.org/2000/svg" width="\(Int(size))" height="\(Int(size))" viewBox="0 0 \(Int(size)) \(Int(size))" role="img" aria-label="alignment path">
      <line x1="\(margin)" y1="\(size - margin)" x2="\(size - margin)" y2="\(size - margin)" stroke="#444"/>
      <line x1="\(margin)" y1="\(margin)" x2="\(margin)" y2="\(size - margin)" stroke="#444"/>
      <text x="\(size / 2)" y="\(size - 8)" text-anchor="middle" font-size="11">Chinese sentence (0–\(Int(n) - 1))</text>
      <text x="12" y="\(size / 2)" text-anchor="middle" font-size="11" transform="rotate(-90 12 \(size / 2))">English sentence (0–\(Int(m) - 1))</text>
      \(marks)</svg>
      """
  }

  /// Red (0) to green (120) by confidence.
  static func hue(_ confidence: Double) -> Int { Int(max(0, min(1, confidence)) * 120) }

  static func percent(_ share: Double) -> String { "\(Int((share * 100).rounded()))%" }

  /// Text escaped for HTML.
  static func escape(_ text: String) -> String {
    var out = ""
    for c in text {
      switch c {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      default: out.append(c)
      }
    }
    return out
  }
}
