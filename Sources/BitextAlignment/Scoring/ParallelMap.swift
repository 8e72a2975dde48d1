import Dispatch
import Foundation

extension Array {
  /// `transform` applied to every element, on every core, results in order.
  ///
  /// Each worker takes contiguous elements and first makes its own `context` (a feature
  /// extractor's caches, say, which are not shared); with fewer than `minimumPerWorker`
  /// elements per core the work stays on the calling thread.
  func parallelMap<Context, Result>(
    minimumPerWorker: Int, context makeContext: () -> Context,
    _ transform: (inout Context, Element) -> Result
  ) -> [Result] {
    let workers = Swift.max(
      1, Swift.min(ProcessInfo.processInfo.activeProcessorCount, count / Swift.max(1, minimumPerWorker)))
    if workers == 1 {
      var context = makeContext()
      return map { transform(&context, $0) }
    }
    let slots = Slots<Result>(count)
    withoutActuallyEscaping(makeContext) { makeContext in
      withoutActuallyEscaping(transform) { transform in
        let work = Work(elements: self, makeContext: makeContext, transform: transform)
        DispatchQueue.concurrentPerform(iterations: workers) { w in
          var context = work.makeContext()
          let n = work.elements.count
          let range = (n * w / workers)..<(n * (w + 1) / workers)
          for k in range { slots.values[k] = work.transform(&context, work.elements[k]) }
        }
      }
    }
    return slots.values.map { $0! }
  }
}

/// Results written by several workers at distinct indices.
private final class Slots<Value>: @unchecked Sendable {
  var values: [Value?]
  init(_ count: Int) { values = [Value?](repeating: nil, count: count) }
}

/// The elements and closures of a parallel map, handed to the workers (who call them, never at once on
/// shared state: each has its own context).
private struct Work<Context, Element, Result>: @unchecked Sendable {
  let elements: [Element]
  let makeContext: () -> Context
  let transform: (inout Context, Element) -> Result
}
