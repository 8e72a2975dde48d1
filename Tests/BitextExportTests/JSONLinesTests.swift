import Bitext
import Foundation
import Testing

@Suite("JSON Lines")
struct JSONLinesTests {
  @Test("Ordered objects keep key order and escape what JSON needs")
  func ordered() throws {
    var inner = OrderedJSONObject()
    inner.add("text", "茶 \"quoted\" back\\slash\ttab\nnewline \u{1}")
    inner.add("sentences", [4, 5])
    var object = OrderedJSONObject()
    object.add("type", "pair")
    object.add("confidence", 0.93)
    object.add("exported", false)
    object.add("zh", inner)
    let json = object.json
    #expect(json.hasPrefix("{\"type\":\"pair\",\"confidence\":0.93,\"exported\":false,\"zh\":{"))
    let parsed = try JSONSerialization.jsonObject(with: Data(json.utf8)) as! [String: Any]
    let zh = parsed["zh"] as! [String: Any]
    #expect(zh["text"] as? String == "茶 \"quoted\" back\\slash\ttab\nnewline \u{1}")
    #expect(zh["sentences"] as? [Int] == [4, 5])
  }
}
