// swift-tools-version: 6.1
import PackageDescription

let swiftSettings: [SwiftSetting] = [
  .enableUpcomingFeature("ExistentialAny"),
  .enableUpcomingFeature("InternalImportsByDefault"),
  .enableUpcomingFeature("MemberImportVisibility"),
]

let package = Package(
  name: "bitext",
  products: [
    .library(name: "Bitext", targets: ["Bitext"]),
    .library(name: "BitextCore", targets: ["BitextCore"]),
    .library(name: "BitextSegmentation", targets: ["BitextSegmentation"]),
    .library(name: "BitextLexicon", targets: ["BitextLexicon"]),
    .library(name: "BitextAlignment", targets: ["BitextAlignment"]),
    .library(name: "BitextEmbedding", targets: ["BitextEmbedding"]),
    .library(name: "BitextExport", targets: ["BitextExport"]),
    .executable(name: "bitext", targets: ["bitext"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0")
  ],
  targets: [
    // C layer: only _BitextCShims includes ICU headers.
    .systemLibrary(
      name: "CICU", pkgConfig: "icu-uc icu-i18n", providers: [.apt(["libicu-dev"])]),
    .target(name: "_BitextCShims", dependencies: ["CICU"]),
    // C kernels without ICU: the encoder's matrix product (AVX2/FMA chosen at run time).
    .target(name: "_BitextKernels"),
    // Library, one concern per module.
    .target(name: "BitextCore", swiftSettings: swiftSettings),
    .target(
      name: "BitextSegmentation", dependencies: ["BitextCore", "_BitextCShims"],
      swiftSettings: swiftSettings),
    .target(
      name: "BitextLexicon", dependencies: ["BitextCore", "BitextSegmentation"],
      swiftSettings: swiftSettings),
    .target(
      name: "BitextEmbedding", dependencies: ["BitextCore", "_BitextKernels"],
      swiftSettings: swiftSettings),
    .target(
      name: "BitextAlignment",
      dependencies: ["BitextCore", "BitextLexicon", "BitextSegmentation", "BitextEmbedding"],
      swiftSettings: swiftSettings),
    .target(name: "BitextExport", dependencies: ["BitextCore"], swiftSettings: swiftSettings),
    .target(
      name: "Bitext",
      dependencies: [
        "BitextCore", "BitextSegmentation", "BitextLexicon", "BitextAlignment", "BitextExport",
        "BitextEmbedding",
      ],
      swiftSettings: swiftSettings),
    // Thin CLI.
    .executableTarget(
      name: "bitext",
      dependencies: [
        "Bitext", .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      swiftSettings: swiftSettings),
    // Benchmark (a plain executable; Benchmarks/run.sh drives it under /usr/bin/time).
    .executableTarget(
      name: "bitext-benchmark", dependencies: ["Bitext"],
      path: "Benchmarks/Sources/bitext-benchmark", swiftSettings: swiftSettings),
    // Fuzz harness (Fuzz/run.sh or `swift run -c release bitext-fuzz`); the tests run it briefly.
    .target(
      name: "BitextFuzzing", dependencies: ["Bitext"], path: "Fuzz/Sources/BitextFuzzing",
      swiftSettings: swiftSettings),
    .executableTarget(
      name: "bitext-fuzz", dependencies: ["BitextFuzzing"], path: "Fuzz/Sources/bitext-fuzz",
      swiftSettings: swiftSettings),
    // Tests.
    .target(
      name: "_BitextTestSupport", dependencies: ["Bitext"], path: "Tests/_BitextTestSupport"),
    .testTarget(
      name: "BitextSegmentationTests", dependencies: ["Bitext", "_BitextTestSupport"]),
    .testTarget(name: "BitextAlignmentTests", dependencies: ["Bitext", "_BitextTestSupport"]),
    .testTarget(name: "BitextExportTests", dependencies: ["Bitext", "_BitextTestSupport"]),
    .testTarget(name: "BitextReportTests", dependencies: ["Bitext", "_BitextTestSupport"]),
    .testTarget(name: "BitextBatchTests", dependencies: ["Bitext", "_BitextTestSupport"]),
    .testTarget(name: "BitextCLITests", dependencies: ["_BitextTestSupport"]),
    .testTarget(name: "BitextFuzzTests", dependencies: ["BitextFuzzing"]),
    .testTarget(
      name: "BitextEmbeddingTests", dependencies: ["Bitext", "_BitextTestSupport"]),
  ]
)
