public import Foundation

/// The `<header>` of a TMX 1.4b file.
public struct TMXHeader: Sendable {
  /// `creationtool`.
  public var creationTool = "Bitext"
  /// `creationtoolversion`.
  public var creationToolVersion = "0.1.0"
  /// `segtype`: sentence alignment.
  public var segmentType = "sentence"
  /// `o-tmf`: the original format.
  public var originalFormat = "Bitext"
  /// `adminlang`.
  public var adminLanguage = "en"
  /// `srclang`: the Chinese code.
  public var sourceLanguage = "zh-CN"
  /// `datatype`.
  public var dataType = "plaintext"
  /// `creationdate`, `YYYYMMDDThhmmssZ` in UTC.
  public var creationDate: String = TMXHeader.timestamp(Date())
  /// `<prop type=…>` elements of the header, in order (Bitext records the options a
  /// batch output was made with as `x-bitext-options`).
  public var properties: [(type: String, value: String)] = []

  /// A header with the given source language and the other fields at their defaults.
  public init(sourceLanguage: String = "zh-CN") {
    self.sourceLanguage = sourceLanguage
  }

  /// `date` formatted as TMX wants it (`20260321T101500Z`).
  public static func timestamp(_ date: Date) -> String {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC")!
    let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
    return String(
      format: "%04d%02d%02dT%02d%02d%02dZ", c.year!, c.month!, c.day!, c.hour!, c.minute!, c.second!
    )
  }
}
