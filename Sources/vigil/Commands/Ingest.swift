import ArgumentParser
import Foundation
import VigilIngest
import VigilModel
import VigilStore

/// `vigil ingest`: read articles into the database, recognizing duplicates.
struct Ingest: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Store articles from files, folders, feeds or stdin; duplicates are recognized.",
        discussion: """
            Reads .txt (first line is the title), .html/.htm pages (the article text, without menus and \
            scripts), RSS, Atom and JSON Feeds (one document per item), JSONL documents \
            ({"id","text","title","published","source","url"} per line), folders (recursively), and any of \
            these gzip-compressed (.gz). "-" reads standard input (format detected from the content).

            An article already stored (same text after normalization) only adds its source. A near-copy \
            (a syndicated version with small edits) joins the story of the article it copies, so events \
            are extracted once per story. Bad inputs are reported and skipped; the rest is stored.

            Exit status: 0 all stored, 65 some inputs were rejected, 66 a path does not exist, \
            74 the database could not be written.
            """)

    @OptionGroup var store: StoreOptions

    @Argument(help: ArgumentHelp("Files, folders, or - for standard input.", valueName: "path"))
    var paths: [String]

    @Option(help: "Source (outlet) name for every document, e.g. \"Rudaw\".")
    var source: String?

    @Option(help: ArgumentHelp("Publication date for documents that carry none (YYYY-MM-DD).", valueName: "date"))
    var published: String?

    @Option(help: ArgumentHelp("Language of documents that declare none (ISO 639-1, e.g. en); detected when omitted.", valueName: "code"))
    var language: String?

    @Option(help: ArgumentHelp("Minimum estimated Jaccard similarity (0–1) for a near-duplicate.", valueName: "similarity"))
    var nearDuplicate: Double = 0.8

    @Option(help: ArgumentHelp("Largest input accepted, in megabytes.", valueName: "MB"))
    var maxMegabytes: Int = 16

    @Flag(help: "Print the summary as JSON.")
    var json = false

    /// The largest --max-megabytes: a terabyte, far below where megabytes in bytes would overflow.
    static let largestMegabytes = 1 << 20

    @Flag(name: .shortAndLong, help: "List every document and rejection.")
    var verbose = false

    func validate() throws {
        if let published, CalendarDay(iso: published) == nil {
            throw ValidationError("--published \"\(published)\" is not a date; expected YYYY-MM-DD")
        }
        guard (0.0...1.0).contains(nearDuplicate) else {
            throw ValidationError("--near-duplicate \(nearDuplicate) must be between 0 and 1")
        }
        guard (1...Ingest.largestMegabytes).contains(maxMegabytes) else {
            throw ValidationError("--max-megabytes \(maxMegabytes) must be between 1 and \(Ingest.largestMegabytes) (1 TB)")
        }
    }

    func run() throws {
        try reportingErrors {
            let store = try store.open()
            let preparer = DocumentPreparer(
                source: source, published: published.flatMap(CalendarDay.init(iso:)), language: language)
            let reader = DocumentReader(decoder: InputDecoder(maxBytes: maxMegabytes << 20))
            var summary = IngestSummary()
            let progress = Console.Progress(label: "ingesting")
            let ingested = Timestamp.now()
            var batch: [IncomingDocument] = []
            var storeFailure: String?
            var undated = UndatedInputs()

            func flush() {
                guard !batch.isEmpty, storeFailure == nil else { return }
                do {
                    let outcomes = try store.ingest(batch, nearDuplicateThreshold: nearDuplicate)
                    for outcome in outcomes {
                        summary.record(outcome)
                        if verbose { Console.error(IngestSummary.describe(outcome)) }
                    }
                } catch {
                    storeFailure = "\(error)"
                }
                batch.removeAll(keepingCapacity: true)
            }

            reader.read(paths) { event in
                switch event {
                case .document(let raw):
                    let prepared = preparer.prepare(raw, ingested: ingested)
                    if prepared.document.published == nil { undated.add(origin: raw.origin) }
                    batch.append(prepared)
                    if batch.count >= 256 { flush() }
                case .rejected(let error):
                    summary.rejections.append(error.description)
                    if error.problem == "no such file or directory" { summary.missingPath = true }
                    Console.error("rejected \(error)")
                case .warning(let message):
                    Console.error("warning: \(message)")
                case .progress(let done, let total):
                    progress.update(done: done, total: total, detail: "\(summary.seen + batch.count) documents")
                }
            }
            flush()
            progress.finish()
            for warning in undated.warnings { Console.error("warning: \(warning)") }
            if let storeFailure { throw CLIError(storeFailure, code: .ioError) }
            if json { try JSONOutput.printLine(summary) } else { print(summary.line) }
            if summary.missingPath { throw ExitCode(CLIError.Code.noInput.rawValue) }
            if !summary.rejections.isEmpty { throw ExitCode(CLIError.Code.dataError.rawValue) }
        }
    }
}

/// The inputs whose documents carry no publication date, counted per file: relative dates in them
/// ("on Saturday") cannot be resolved to a day, so `ingest` says so once per file.
struct UndatedInputs {
    private var counts: [String: Int] = [:]
    private var order: [String] = []

    /// Counts a document by its file (a JSONL line's origin is `file:line`, a feed item's `file item N`).
    mutating func add(origin: String) {
        var file = origin
        if let item = origin.range(of: " item ", options: .backwards), origin[item.upperBound...].allSatisfy(\.isNumber) {
            file = String(origin[..<item.lowerBound])
        }
        if let colon = origin.lastIndex(of: ":"), origin[origin.index(after: colon)...].allSatisfy(\.isNumber),
            colon != origin.startIndex
        {
            file = String(origin[..<colon])
        }
        if counts[file] == nil { order.append(file) }
        counts[file, default: 0] += 1
    }

    /// One warning per file, in the order they were read.
    var warnings: [String] {
        order.map { file in
            let count = counts[file] ?? 0
            let documents = count == 1 ? "has no publication date" : "has \(count) documents without a publication date"
            return "\(file) \(documents): relative dates in it (\"on Saturday\") get month precision (time_precision 3); "
                + "give --published YYYY-MM-DD, a \"published\" field, or a file name that starts with the date (2024-05-12-….txt)"
        }
    }
}

/// Counts for the one-line summary of an ingest run.
struct IngestSummary: Encodable {
    var new = 0
    var duplicates = 0
    var nearDuplicates = 0
    var rejections: [String] = []
    var missingPath = false

    var seen: Int { new + duplicates + nearDuplicates + rejections.count }

    mutating func record(_ outcome: IngestOutcome) {
        switch outcome {
        case .new: new += 1
        case .duplicate: duplicates += 1
        case .nearDuplicate: nearDuplicates += 1
        case .rejected(let id, let reason): rejections.append("\(id): \(reason)")
        }
    }

    var line: String {
        var parts = ["ingested \(new + nearDuplicates) new document\(new + nearDuplicates == 1 ? "" : "s") (\(new) new stor\(new == 1 ? "y" : "ies"), \(nearDuplicates) near-duplicate\(nearDuplicates == 1 ? "" : "s") joined existing stories)"]
        parts.append("\(duplicates) exact duplicate\(duplicates == 1 ? "" : "s") (source added)")
        parts.append("\(rejections.count) rejected")
        return parts.joined(separator: ", ")
    }

    static func describe(_ outcome: IngestOutcome) -> String {
        switch outcome {
        case .new(let id): "new        \(id)"
        case .duplicate(let id, let existing): "duplicate  \(id) = \(existing)"
        case .nearDuplicate(let id, let story, let similarity): "near-copy  \(id) joins story \(story) (similarity \(String(format: "%.2f", similarity)))"
        case .rejected(let id, let reason): "rejected   \(id): \(reason)"
        }
    }

    enum CodingKeys: String, CodingKey {
        case new
        case duplicates
        case nearDuplicates = "near_duplicates"
        case rejected
    }

    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(new, forKey: .new)
        try c.encode(duplicates, forKey: .duplicates)
        try c.encode(nearDuplicates, forKey: .nearDuplicates)
        try c.encode(rejections, forKey: .rejected)
    }
}
