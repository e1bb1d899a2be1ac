import Foundation
import VigilExtract
import VigilIngest
import VigilModel

/// What one fuzz input exercises: a document reader on arbitrary bytes, or the extractor on arbitrary text.
enum FuzzTarget: String, CaseIterable {
    case html, feed, jsonl, text, extract

    /// The target `$VIGIL_FUZZ` names, if any.
    static let chosen: FuzzTarget? = ProcessInfo.processInfo.environment["VIGIL_FUZZ"].flatMap(FuzzTarget.init(rawValue:))

    /// One extractor for every input: the models and the gazetteer load once.
    static let extractor: Extractor = {
        do { return try Extractor.loadDefault() } catch { fatalError("vigil-fuzz: cannot load the extractor: \(error)") }
    }()

    /// The publication day of every fuzzed document, so that relative dates resolve.
    static let published = CalendarDay(iso: "2024-03-12")

    /// Runs the target on `bytes`: a crash, a hang or a sanitizer report is a finding; rejections are not.
    func run(_ bytes: [UInt8]) {
        switch self {
        case .extract:
            let document = Document(id: "fuzz", published: Self.published, text: String(decoding: bytes, as: UTF8.self))
            _ = Self.extractor.extract(document)
        case .html, .feed, .jsonl, .text:
            let reader = DocumentReader(decoder: InputDecoder(maxBytes: 1 << 20))
            let preparer = DocumentPreparer(published: Self.published)
            reader.read(content: bytes, name: "fuzz input", format: InputFormat(rawValue: rawValue)) { event in
                if case .document(let raw) = event { _ = preparer.prepare(raw, ingested: "2024-03-12T00:00:00Z") }
            }
        }
    }

    /// Runs `bytes` through the chosen target, else through the one its first byte picks (the rest is the input).
    static func run(input bytes: [UInt8]) {
        if let chosen {
            chosen.run(bytes)
        } else if let first = bytes.first {
            allCases[Int(first) % allCases.count].run(Array(bytes.dropFirst()))
        }
    }
}
