import ArgumentParser
import Foundation
import VigilExtract
import VigilIngest
import VigilModel
import VigilStore

/// `vigil bench`: throughput and memory of ingestion and extraction on one core.
struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Measure documents/s, MB/s and peak memory of ingestion and extraction.",
        discussion: """
            vigil bench ingest --docs FILE.jsonl     store the documents in a fresh temporary database
            vigil bench extract --docs FILE.jsonl    extract events (no database)
            --generate N uses N synthetic short reports instead of (or besides) a file.
            Runs on one thread; build with -c release for meaningful figures.
            """)

    enum Stage: String, ExpressibleByArgument, CaseIterable {
        case ingest, extract
    }

    @Argument(help: "ingest or extract.") var stage: Stage
    @Option(help: "JSONL documents to use.") var docs: String?
    @Option(help: "Number of synthetic reports to generate.") var generate = 0
    @Option(help: "Repeat the measurement this many times and report the best.") var repeats = 1
    @Flag(help: "Print JSON.") var json = false

    func validate() throws {
        guard docs != nil || generate > 0 else { throw ValidationError("give --docs FILE or --generate N") }
        guard generate >= 0, repeats > 0 else { throw ValidationError("--generate and --repeats must be positive") }
    }

    func run() throws {
        var raws: [RawDocument] = []
        if let docs {
            var errors: [String] = []
            DocumentReader().read([docs]) { event in
                if case .document(let raw) = event { raws.append(raw) }
                if case .rejected(let error) = event { errors.append(error.description) }
            }
            if raws.isEmpty { throw CLIError("no documents read from \(docs): \(errors.first ?? "empty")", code: .dataError) }
        }
        raws += SyntheticReports.make(generate)
        let bytes = raws.reduce(0) { $0 + $1.text.utf8.count }
        var best = Double.infinity
        var extra: [String: Double] = [:]
        for _ in 0..<repeats {
            let (seconds, details) = try measure(raws)
            best = min(best, seconds)
            extra.merge(details) { min($0, $1) }
        }
        let result: [String: Double] = [
            "documents": Double(raws.count), "megabytes": Double(bytes) / 1e6, "seconds": best,
            "documents_per_second": Double(raws.count) / best, "megabytes_per_second": Double(bytes) / 1e6 / best,
            "peak_memory_mb": Bench.peakMemoryMB(),
        ].merging(extra) { a, _ in a }
        if json {
            try JSONOutput.printLine(result)
        } else {
            print("\(stage.rawValue): \(raws.count) documents, \(String(format: "%.2f", Double(bytes) / 1e6)) MB in \(String(format: "%.3f", best)) s")
            print(String(format: "  %.0f documents/s, %.2f MB/s, peak memory %.0f MB", result["documents_per_second"]!, result["megabytes_per_second"]!, result["peak_memory_mb"]!))
            for (key, value) in extra.sorted(by: { $0.key < $1.key }) { print("  \(key): \(String(format: "%.3f", value))") }
        }
    }

    private func measure(_ raws: [RawDocument]) throws -> (Double, [String: Double]) {
        let preparer = DocumentPreparer()
        let now = DocumentPreparer.now()
        switch stage {
        case .ingest:
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vigil-bench-\(UUID().uuidString)")
            defer { try? FileManager.default.removeItem(at: folder) }
            let storeBackend = try SQLiteStore(path: folder.appendingPathComponent("bench.sqlite").path)
            let start = Date()
            var batch: [IncomingDocument] = []
            var storing = 0.0
            func store(_ batch: [IncomingDocument]) throws {
                let started = Date()
                _ = try storeBackend.ingest(batch, nearDuplicateThreshold: 0.8)
                storing += Date().timeIntervalSince(started)
            }
            for raw in raws {
                batch.append(preparer.prepare(raw, ingested: now))
                if batch.count == 256 {
                    try store(batch)
                    batch.removeAll(keepingCapacity: true)
                }
            }
            try store(batch)
            let total = Date().timeIntervalSince(start)
            return (total, ["prepare_seconds": total - storing, "store_seconds": storing])
        case .extract:
            let loadStart = Date()
            let extractor = try Extractor.loadDefault()
            let load = Date().timeIntervalSince(loadStart)
            let documents = raws.map { preparer.document($0, ingested: now) }
            let start = Date()
            var events = 0
            for document in documents { events += extractor.extract(document).events.count }
            return (Date().timeIntervalSince(start), ["model_load_seconds": load, "events": Double(events)])
        }
    }

    /// Peak resident memory of this process, in MB.
    static func peakMemoryMB() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_maxrss) / 1024
    }
}
