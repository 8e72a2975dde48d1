/// The stemmer's version, part of the lexicon cache's key: a cache built with other stems
/// is rebuilt.
package let englishStemmerVersion = 6

/// A light English stemmer: inflectional and common derivational suffixes are stripped,
/// then the stem is cut to six letters (prefix stemming, as statistical aligners use), so
/// that "economy", "economic" and "economies" meet.
///
/// Snowball (`libstemmer-dev`) is not packaged for this machine's Debian release, hence
/// this small stand-in; glosses and text go through the same function, which is what
/// matters for matching.
package enum EnglishStemmer {
  private static let suffixes = [
    "ational", "ization", "fulness", "ousness", "iveness", "ations", "ation", "ments", "ment",
    "ness", "ings", "ing", "ies", "ied", "ers", "ed", "es", "ly", "er", "s",
  ]

  /// Irregular forms (past tenses, participles, plurals) and their base word, so that
  /// narrative text ("took", "said", "women") meets dictionary glosses ("take", "say").
  static let irregular: [String: String] = [
    "growth": "grow", "death": "die", "truth": "true", "depth": "deep", "strength": "strong",
    "length": "long", "width": "wide", "breadth": "broad", "birth": "bear", "loss": "lose",
    "arisen": "arise", "arose": "arise", "ate": "eat", "awoke": "awake", "beaten": "beat",
    "became": "become",
    "began": "begin", "begun": "begin", "bent": "bend", "best": "good", "better": "good",
    "bit": "bite",
    "bitten": "bite", "bled": "bleed", "blew": "blow", "blown": "blow", "bore": "bear",
    "borne": "bear",
    "bought": "buy", "bred": "breed", "broke": "break", "broken": "break", "brought": "bring",
    "built": "build",
    "burnt": "burn", "came": "come", "caught": "catch", "children": "child", "chose": "choose",
    "chosen": "choose",
    "crept": "creep", "dealt": "deal", "did": "do", "done": "do", "drank": "drink", "drawn": "draw",
    "dreamt": "dream", "drew": "draw", "driven": "drive", "drove": "drive", "drunk": "drink",
    "dug": "dig",
    "eaten": "eat", "fallen": "fall", "fed": "feed", "feet": "foot", "fell": "fall", "felt": "feel",
    "fled": "flee", "flew": "fly", "flown": "fly", "forbade": "forbid", "foresaw": "foresee",
    "foreseen": "foresee",
    "forgave": "forgive", "forgiven": "forgive", "forgot": "forget", "forgotten": "forget",
    "fought": "fight", "found": "find",
    "froze": "freeze", "frozen": "freeze", "gave": "give", "given": "give", "gone": "go",
    "got": "get",
    "gotten": "get", "grew": "grow", "grown": "grow", "had": "have", "heard": "hear",
    "held": "hold",
    "hid": "hide", "hidden": "hide", "hung": "hang", "kept": "keep", "knelt": "kneel",
    "knew": "know",
    "known": "know", "laid": "lay", "lain": "lie", "leapt": "leap", "learnt": "learn",
    "led": "lead",
    "left": "leave", "lent": "lend", "lit": "light", "lost": "lose", "made": "make",
    "meant": "mean",
    "men": "man", "met": "meet", "mice": "mouse", "overcame": "overcome", "overtaken": "overtake",
    "overtook": "overtake",
    "paid": "pay", "people": "person", "ran": "run", "rang": "ring", "ridden": "ride",
    "risen": "rise",
    "rode": "ride", "rose": "rise", "rung": "ring", "said": "say", "sang": "sing", "sank": "sink",
    "sat": "sit", "saw": "see", "seen": "see", "sent": "send", "shaken": "shake", "shone": "shine",
    "shook": "shake", "shot": "shoot", "shown": "show", "slept": "sleep", "slid": "slide",
    "sold": "sell",
    "sought": "seek", "spat": "spit", "sped": "speed", "spent": "spend", "spoke": "speak",
    "spoken": "speak",
    "sprang": "spring", "spun": "spin", "stole": "steal", "stolen": "steal", "stood": "stand",
    "strove": "strive",
    "struck": "strike", "stuck": "stick", "stung": "sting", "sung": "sing", "sunk": "sink",
    "swam": "swim",
    "swept": "sweep", "swore": "swear", "sworn": "swear", "swum": "swim", "swung": "swing",
    "taken": "take",
    "taught": "teach", "teeth": "tooth", "thought": "think", "threw": "throw", "thrown": "throw",
    "told": "tell",
    "took": "take", "tore": "tear", "torn": "tear", "understood": "understand",
    "undertaken": "undertake", "undertook": "undertake",
    "upheld": "uphold", "went": "go", "wept": "weep", "withdrawn": "withdraw",
    "withdrew": "withdraw", "woke": "wake",
    "woken": "wake", "women": "woman", "won": "win", "wore": "wear", "worn": "wear", "worse": "bad",
    "worst": "bad", "wove": "weave", "woven": "weave", "written": "write", "wrote": "write",
  ]

  /// The stem of a lowercase ASCII word.
  package static func stem(_ word: String) -> String {
    var w = irregular[word] ?? word
    if w.hasSuffix("'s") || w.hasSuffix("’s") { w.removeLast(2) }
    if w.count > 4 {
      for suffix in suffixes where w.hasSuffix(suffix) && w.count - suffix.count >= 3 {
        if suffix == "s" && (w.hasSuffix("ss") || w.hasSuffix("us") || w.hasSuffix("is")) { break }
        w.removeLast(suffix.count)
        if suffix == "ies" || suffix == "ied" { w += "y" }
        break
      }
    }
    // Porter's final steps, so that "remove"/"removed" and "stop"/"stopped" meet.
    if w.hasSuffix("e") && w.count > 3 { w.removeLast() }
    if w.hasSuffix("y") && w.count > 4 { w.removeLast() }
    if w.count > 3, let last = w.last, w.dropLast().last == last, !"aeioulsz".contains(last) {
      w.removeLast()
    }
    return String(w.prefix(6))
  }

  /// Function words that carry no lexical evidence.
  package static let stopwords: Set<String> = [
    "a", "an", "the", "of", "to", "in", "on", "at", "by", "for", "with", "from", "and", "or",
    "but", "nor", "as", "is", "are", "was", "were", "be", "been", "being", "am", "it", "its",
    "this", "that", "these", "those", "which", "who", "whom", "whose", "what", "there",
    "their", "they", "them", "he", "she", "his", "her", "him", "we", "our", "us", "you",
    "your", "i", "me", "my", "not", "no", "so", "than", "then", "too", "very", "can",
    "could", "will", "would", "shall", "should", "may", "might", "must", "do", "does", "did",
    "have", "has", "had", "having", "into", "onto", "over", "under", "about", "also", "such",
    "some", "any", "all", "each", "other", "more", "most", "if", "when", "while", "where",
    "how", "why", "one", "s", "sb", "sth", "something", "someone", "etc", "oneself", "up",
    "out", "both", "only", "just", "own", "same", "between", "through", "during", "without",
    "within", "against", "among", "upon", "because", "however", "yet", "even", "well",
  ]
}
