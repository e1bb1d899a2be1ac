import ArgumentParser
import Foundation
import VigilExtract
import VigilIngest
import VigilLink
import VigilModel
import VigilPipeline
import VigilStore

/// `vigil bench`: throughput and memory of ingestion and extraction on one core.
struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure documents/s, MB/s and peak memory of ingestion and extraction, and the cost of linking.",
        discussion: """
            vigil bench ingest --docs FILE.jsonl    store the documents in a fresh database
            vigil bench extract --docs FILE.jsonl   extract events (no database)
            vigil bench link --events 100000        time `vigil process` with and without
                                                    linking on that many synthetic reports

            Synthetic reports of `bench link` tell events over 2024 (one to four outlets each); it \
            also prints linking's B-cubed precision and recall. \
            --generate N uses N synthetic short reports instead of (or besides) a file. \
            --peer PATH/peer_ner_speed.py (with --python, an interpreter that has spaCy and \
            en_core_web_sm) also times a peer tool's NER pass alone on the same documents and prints \
            how many times faster Vigil's whole pipeline is (each side's best of --repeats passes). \
            `extract` also times start-up: `vigil extract` of the first document in a child process, \
            from start to exit (the best of at least three runs). \
            Extraction runs on one thread (loading uses two); build with -c release for meaningful figures.
            """)

    enum Stage: String, ExpressibleByArgument, CaseIterable {
        case ingest, extract, link
    }

    @Argument(help: "ingest, extract or link.") var stage: Stage
    @Option(help: "JSONL documents to use.") var docs: String?
    @Option(help: "Number of synthetic reports to generate.") var generate = 0
    @Option(help: "link: number of synthetic event reports (one document each).") var events = 100_000
    @Option(help: "Repeat the measurement this many times and report the best.") var repeats = 1
    @Option(help: ArgumentHelp("A peer NER benchmark script to run on the same documents.", valueName: "peer_ner_speed.py"))
    var peer: String?
    @Option(help: "The Python interpreter for --peer.") var python = "python3"
    @Flag(help: "Print JSON.") var json = false

    func validate() throws {
        guard stage == .link || docs != nil || generate > 0 else { throw ValidationError("give --docs FILE or --generate N") }
        guard generate >= 0, repeats > 0 else { throw ValidationError("--generate and --repeats must be positive") }
        guard peer == nil || stage == .extract else { throw ValidationError("--peer compares extraction; use it with `extract`") }
        guard events > 0 else { throw ValidationError("--events must be positive, got \(events)") }
    }

    func run() throws {
        if stage == .link { return try runLink() }
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
        var firstLoad: Double?
        for _ in 0..<repeats {
            let (seconds, details) = try measure(raws)
            best = min(best, seconds)
            extra.merge(details) { min($0, $1) }
            firstLoad = firstLoad ?? details["model_load_seconds"]
        }
        // Loading counts once: later runs find the gazetteer already in memory.
        if let firstLoad { extra["model_load_seconds"] = firstLoad }
        if stage == .extract, let first = raws.first {
            extra["startup_seconds"] = try StartupBenchmark(repeats: repeats).run(text: first.text)
        }
        if let peer {
            let measured = try PeerNERBenchmark(python: python, script: peer, repeats: repeats).run(texts: raws.map(\.text))
            extra["peer_ner_documents_per_second"] = measured.documentsPerSecond
            extra["peer_ner_megabytes_per_second"] = measured.megabytesPerSecond
            extra["times_faster_than_peer_ner"] = Double(raws.count) / best / measured.documentsPerSecond
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
        let now = Timestamp.now()
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
            // Loading covers the lexicons, the classifier and the gazetteer, which loads on first use.
            let loadStart = Date()
            let extractor = try Extractor.loadDefault()
            if let first = raws.first { _ = extractor.extract(first, preparedBy: preparer, ingested: now) }
            let load = Date().timeIntervalSince(loadStart)
            // Timed: each document prepared (normalized, hashed, segmented, language checked) and extracted.
            let start = Date()
            var events = 0
            for raw in raws {
                let (_, extraction) = extractor.extract(raw, preparedBy: preparer, ingested: now)
                events += extraction.events.count
            }
            return (Date().timeIntervalSince(start), ["model_load_seconds": load, "events": Double(events)])
        case .link:
            preconditionFailure("link is measured by runLink()")
        }
    }

    /// `vigil bench link`: ingests the synthetic reports into a fresh database, runs what `vigil
    /// process` runs, and sets the linking time against the extraction time.
    private func runLink() throws {
        let (raws, truth) = LinkWorkload.make(events)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vigil-bench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try SQLiteStore(path: folder.appendingPathComponent("bench.sqlite").path)
        let preparer = DocumentPreparer()
        let now = Timestamp.now()
        let ingestStart = Date()
        var start = 0
        while start < raws.count {
            let batch = raws[start..<min(start + 256, raws.count)].map { preparer.prepare($0, ingested: now) }
            _ = try store.ingest(batch, nearDuplicateThreshold: 0.8)
            start += 256
        }
        let ingest = Date().timeIntervalSince(ingestStart)
        let summary = try StoryProcessor(store: store, extractor: try Extractor.loadDefault()).run()
        var predicted: [String: String] = [:]
        for record in try store.canonicalEvents(EventQuery(limit: Int(Int32.max))) {
            for report in record.reportIDs { predicted[report] = record.id }
        }
        let reports = Dictionary(predicted.keys.map { (String($0[..<($0.lastIndex(of: "-") ?? $0.endIndex)]), $0) }) { a, _ in a }
        var reportTruth: [String: String] = [:]
        for (document, event) in truth { if let report = reports[document] { reportTruth[report] = event } }
        let score = BCubed(predicted: predicted, truth: reportTruth)
        let share = summary.linkingSeconds / summary.extractionSeconds
        let result: [String: Double] = [
            "documents": Double(raws.count), "true_events": Double(Set(truth.values).count),
            "extracted_events": Double(summary.events), "canonical_events": Double(summary.canonicalEvents),
            "ingest_seconds": ingest, "process_without_linking_seconds": summary.extractionSeconds,
            "linking_seconds": summary.linkingSeconds, "linking_share": share, "bcubed_precision": score.precision,
            "bcubed_recall": score.recall, "bcubed_f1": score.f1, "peak_memory_mb": Bench.peakMemoryMB(),
        ]
        if json { return try JSONOutput.printLine(result) }
        print("link: \(raws.count) synthetic reports of \(Set(truth.values).count) events over 2024 (ingest \(String(format: "%.1f", ingest)) s)")
        print("  vigil process: \(summary.events) events extracted and saved in \(String(format: "%.1f", summary.extractionSeconds)) s, linked into \(summary.canonicalEvents) canonical events in \(String(format: "%.1f", summary.linkingSeconds)) s")
        print("  linking adds \(String(format: "%.1f", share * 100))% to processing; \(score); peak memory \(String(format: "%.0f", result["peak_memory_mb"]!)) MB")
    }

    /// Peak resident memory of this process, in MB.
    static func peakMemoryMB() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_maxrss) / 1024
    }
}

extension Bench {
    /// Synthetic reports for `vigil bench link`: events on random days of 2024 in 60 towns, each
    /// told by one to four outlets in their own words (the fourth one a day late).
    enum LinkWorkload {
        private static let towns = [
            "Mosul", "Kirkuk", "Tikrit", "Fallujah", "Ramadi", "Samarra", "Aleppo", "Idlib", "Homs", "Hama", "Raqqa",
            "Manbij", "Daraa", "Maiduguri", "Kaduna", "Jos", "Makurdi", "Sokoto", "Katsina", "Bauchi", "Goma", "Bunia",
            "Beni", "Butembo", "Uvira", "Kalemie", "Kismayo", "Baidoa", "Beledweyne", "Galkayo", "Mopti", "Gao",
            "Timbuktu", "Kidal", "Djibo", "Dori", "Kaya", "Ouahigouya", "Kandahar", "Herat", "Jalalabad", "Kunduz",
            "Sittwe", "Lashio", "Myitkyina", "Mandalay", "Kharkiv", "Kherson", "Zaporizhzhia", "Sumy", "Taiz",
            "Marib", "Hodeidah", "Nyala", "Geneina", "Omdurman", "Peshawar", "Quetta", "Bannu", "Cucuta",
        ]
        /// What happened, as a wire, a local outlet and a statement put it.
        private static let kinds: [(wire: String, local: String, statement: String)] = [
            ("drones struck an army post", "a drone hit the army post", "hostile drones targeted our position"),
            ("shells hit a market", "artillery shells fell on the market", "the enemy shelled the market"),
            ("soldiers clashed with militants", "fighting broke out between the army and militants", "our forces repelled a militant assault"),
            ("a roadside bomb hit a police patrol", "an explosive device blew up under a police vehicle", "terrorists bombed a police patrol"),
            ("thousands protested peacefully against fuel prices", "a large crowd marched against the price of fuel", "citizens demonstrated peacefully over fuel prices"),
            ("gunmen abducted travellers on the highway", "armed men kidnapped passengers from a bus", "bandits seized travellers on the road"),
        ]
        private static let months = [
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        ]

        /// `count` documents, and the true event of each (by document id); deterministic.
        static func make(_ count: Int) -> (documents: [RawDocument], truth: [String: String]) {
            var state: UInt64 = 2024
            func pick(_ n: Int) -> Int {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                return Int((state >> 33) % UInt64(n))
            }
            let first = CalendarDay(year: 2024, month: 1, day: 1)!
            var documents: [RawDocument] = []
            var truth: [String: String] = [:]
            var event = 0
            while documents.count < count {
                let day = first.adding(days: pick(366)), town = towns[pick(towns.count)], kind = kinds[pick(kinds.count)]
                let killed = pick(12), wounded = pick(20)
                for outlet in 0..<(1 + pick(4)) where documents.count < count {
                    let date = outlet == 3 ? day.adding(days: 1) : day
                    let spoken = "\(date.day) \(months[date.month - 1]) 2024"
                    let text: String
                    switch outlet {
                    case 0:
                        text = "\(town.uppercased()) (Meridian Wire) - On \(spoken), \(kind.wire) in \(town), killing \(killed) people and wounding \(wounded), officials said. The report was number \(event)."
                    case 1:
                        text = "Residents of \(town) said that on \(spoken) \(kind.local). Hospital staff counted \(wounded) wounded; the toll was not known. Case \(event) of the week."
                    case 2:
                        text = "Statement \(event): on \(spoken), near \(town), \(kind.statement). \(killed) were killed. We will continue to defend the people."
                    default:
                        text = "Late report from \(town): \(kind.wire) on \(spoken), according to a local official, who said \(killed) died. Reference \(event)."
                    }
                    let id = "bench-\(event)-\(outlet)"
                    documents.append(RawDocument(id: id, text: text, published: date.adding(days: 1), origin: "synthetic \(id)"))
                    truth[id] = "event-\(event)"
                }
                event += 1
            }
            return (documents, truth)
        }
    }
}
