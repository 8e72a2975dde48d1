import Foundation

/// Turns a folder into batch jobs: files named as a Chinese/English pair (`x.zh.txt` and
/// `x.en.txt`, `x-zh.md` and `x-en.md`, `x_zh.txt` and `x_en.txt`) become one job; any
/// other text file is a mixed document.
public enum DirectoryPairing {
  static let textExtensions: Set<String> = ["txt", "md", "markdown", "text"]

  /// Jobs for the text files of `folder`, sorted by name.
  public static func jobs(in folder: String) -> [BatchJob] {
    let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
      .filter {
        !$0.hasPrefix(".")
          && textExtensions.contains(URL(fileURLWithPath: $0).pathExtension.lowercased())
      }
      .sorted()
    return jobs(forFileNames: names).map { name, files in
      BatchJob(name: name, inputs: files.map { folder + "/" + $0 })
    }
  }

  /// Groups file names into (job name, files): pairs by language tag, the rest alone.
  public static func jobs(forFileNames names: [String]) -> [(String, [String])] {
    var pairs: [String: (zh: String?, en: String?)] = [:]
    var singles: [String] = []
    for name in names {
      if let (base, language) = split(name) {
        if language == "zh" {
          pairs[base, default: (nil, nil)].zh = name
        } else {
          pairs[base, default: (nil, nil)].en = name
        }
      } else {
        singles.append(name)
      }
    }
    var result: [(String, [String])] = []
    for (base, pair) in pairs {
      if let zh = pair.zh, let en = pair.en {
        result.append((base, [zh, en]))
      } else {
        // Half a pair is treated as a document of its own.
        let file = pair.zh ?? pair.en!
        result.append((base + "-" + (pair.zh != nil ? "zh" : "en"), [file]))
      }
    }
    for name in singles { result.append((Manifest.stem(name), [name])) }
    // Two files with one stem (a.txt and a.md) keep their whole names apart.
    var count: [String: Int] = [:]
    for (name, _) in result { count[name.lowercased(), default: 0] += 1 }
    result = result.map { name, files in
      guard count[name.lowercased()]! > 1 else { return (name, files) }
      return (files.joined(separator: "+"), files)
    }
    return result.sorted { $0.0 < $1.0 }
  }

  /// `x.zh.txt` → (`x`, `zh`); `x-en.md` → (`x`, `en`); nil when the name has no tag.
  static func split(_ name: String) -> (String, String)? {
    let withoutExtension = (name as NSString).deletingPathExtension
    for language in ["zh", "en"] {
      for separator in [".", "-", "_"]
      where withoutExtension.lowercased().hasSuffix(separator + language) {
        let base = String(withoutExtension.dropLast(language.count + 1))
        if !base.isEmpty { return (base, language) }
      }
    }
    return nil
  }
}
