import Foundation
import Testing
import VigilExtract
import VigilModel

/// Writes predictions for a JSONL document file when `VIGIL_DEV_EVAL=docs.jsonl` (and `VIGIL_DEV_OUT=pred.jsonl`) are set,
/// using the default extractor (geocoder and model); score them with the shared tools' score.py (events only)
/// or check_seed.py (with `VIGIL_DEV_TALLIES=1`, tallies too).
@Test(.enabled(if: ProcessInfo.processInfo.environment["VIGIL_DEV_EVAL"] != nil))
func writeDevPredictions() throws {
    let environment = ProcessInfo.processInfo.environment
    let docs = try readDocuments(URL(fileURLWithPath: environment["VIGIL_DEV_EVAL"]!))
    let extractor = try Extractor.loadDefault()
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    var lines: [String] = []
    let clock = ContinuousClock()
    var results: [Extraction] = []
    let elapsed = clock.measure { results = docs.map { extractor.extract($0) } }
    for result in results {
        for event in result.events { lines.append(String(decoding: try encoder.encode(event), as: UTF8.self)) }
        guard environment["VIGIL_DEV_TALLIES"] != nil else { continue }
        for tally in result.tallies { lines.append(String(decoding: try encoder.encode(tally), as: UTF8.self)) }
    }
    let out = environment["VIGIL_DEV_OUT"] ?? "/tmp/vigil-dev-pred.jsonl"
    try (lines.joined(separator: "\n") + "\n").write(toFile: out, atomically: true, encoding: .utf8)
    print("extracted \(docs.count) documents in \(elapsed) -> \(out)")
}
