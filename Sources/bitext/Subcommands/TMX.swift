import ArgumentParser
import Bitext
import Foundation

extension BitextCommand {
  struct TMX: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "tmx",
      abstract: "Inspect, validate and merge TMX translation memories.",
      discussion: """
        Examples:
          bitext tmx stats memory.tmx
          bitext tmx validate memory.tmx
          bitext tmx merge a.tmx b.tmx -o merged.tmx
        """,
      subcommands: [Stats.self, Validate.self, Merge.self])

    struct Stats: ParsableCommand {
      static let configuration = CommandConfiguration(
        abstract: "Units, languages, duplicates and length-ratio outliers of a TMX file.")

      @Argument(help: "The TMX file.")
      var file: String

      func run() throws {
        let document = try readTMX(file)
        let stats = TMXStatistics(document)
        print("\(file): \(stats.units) units, TMX \(document.version)")
        for (language, count) in stats.languages.sorted(by: { $0.key < $1.key }) {
          print("  \(language): \(count)")
        }
        print("duplicates: \(stats.duplicates)")
        print(
          "length ratio (en/zh characters): median \(String(format: "%.2f", stats.medianRatio)), "
            + "\(stats.lengthOutliers.count) outliers")
        for unit in stats.lengthOutliers.prefix(10) {
          print(
            "  line \(unit.line): \(unit.text(language: "zh")?.prefix(30) ?? "") | \(unit.text(language: "en")?.prefix(60) ?? "")"
          )
        }
      }
    }

    struct Validate: ParsableCommand {
      static let configuration = CommandConfiguration(
        abstract: "Check structure, header and language codes; say what is wrong where.")

      @Argument(help: "The TMX file.")
      var file: String

      func run() throws {
        let document = try readTMX(file)
        let problems = TMXValidator.problems(in: document)
        if problems.isEmpty {
          print("\(file): valid TMX \(document.version), \(document.units.count) units")
          return
        }
        for problem in problems.prefix(50) { print("\(file): \(problem)") }
        if problems.count > 50 { print("… and \(problems.count - 50) more") }
        throw ExitCode.failure
      }
    }

    struct Merge: ParsableCommand {
      static let configuration = CommandConfiguration(
        abstract: "Merge TMX files into one, writing identical pairs once.")

      @Argument(help: "TMX files to merge.")
      var files: [String]

      @Option(name: [.short, .customLong("output")], help: "The merged TMX file.")
      var output: String

      @Option(help: "xml:lang of the Chinese side in the header (srclang).")
      var zhCode = "zh-CN"

      func run() throws {
        do {
          let summary = try TMXMerge.merge(files, into: output, zhCode: zhCode)
          Diagnostics.note(
            "\(output): \(summary.units) units from \(files.count) files, \(summary.duplicates) duplicates dropped"
          )
        } catch {
          throw Diagnostics.fail(error)
        }
      }
    }
  }
}

func readTMX(_ path: String) throws -> TMXDocument {
  do {
    return try TMXReader.read(path: path)
  } catch {
    throw Diagnostics.fail(error)
  }
}
