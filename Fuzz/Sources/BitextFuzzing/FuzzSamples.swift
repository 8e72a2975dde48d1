import Bitext

/// Valid inputs the project wrote itself, which the mutator starts from.
enum FuzzSamples {
  static let essay = """
    # 茶的故事

    茶最早在中国被人饮用。后来，它传到了日本和欧洲[1]。
    “你喝茶吗？”她问。

    # The Story of Tea

    Tea was first drunk in China. Later it spread to Japan and Europe.[1]
    "Do you drink tea?" she asked. Mr. Smith said 3.5 cups.
    """

  static let units = [
    TranslationUnit(
      zh: "茶最早在中国被人饮用。", en: "Tea was first drunk in China & <elsewhere>.", zhCode: "zh-CN",
      confidence: 0.97, shape: "1-1", document: "fuzz", zhLines: 3...3, enLines: 8...8),
    TranslationUnit(
      zh: "后来，它传到了日本和欧洲。", en: "Later it spread to Japan and Europe.", zhCode: "zh-CN",
      confidence: 0.64, shape: "1-2", document: "fuzz", zhLines: 3...4, enLines: 8...9),
  ]

  static func records() throws -> [AlignmentRecord] {
    let zh = AlignmentRecord.Side(text: "茶最早在中国被人饮用。", start: 14, end: 47, sentences: [1], line: 3)
    let en = AlignmentRecord.Side(
      text: "Tea was first drunk in China.", start: 120, end: 149, sentences: [1, 2], line: 8)
    return [
      AlignmentRecord(type: "pair", shape: "1-2", confidence: 0.93, exported: true, zh: zh, en: en),
      AlignmentRecord(
        type: "unaligned", lang: "zh-Hans", text: "“你喝茶吗？”她问。", start: 80, end: 110,
        sentences: [2], line: 4),
      AlignmentRecord(type: "pair", shape: "1-1", confidence: 0.41, exported: false, zh: zh, en: en),
    ]
  }

  static let referenceJSON = """
    {"source": "essay.txt", "description": "fuzz", "beads": [
      {"kind": "body", "zh": ["茶最早在中国被人饮用。"], "en": ["Tea was first drunk in China."]},
      {"kind": "body", "optional": true, "zh": [{"text": "后来，它传到了日本和欧洲", "occurrence": 1}],
       "en": [{"text": "Later it spread to Japan and Europe.", "occurrence": 2}]}
    ]}
    """

  static let manifestJSON = """
    {"documents": [
      {"name": "tea", "inputs": ["samples/tea-essay.txt"]},
      {"zh": "river.zh.txt", "en": "river.en.txt",
       "options": {"min_confidence": 0.6, "zh_code": "zh-HK", "encoding": "GB18030", "split": "lines"}}
    ]}
    """
}
