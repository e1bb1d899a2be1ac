import ArgumentParser
import Foundation
import VigilClassify
import VigilEval
import VigilExtract
import VigilIngest
import VigilModel

/// `vigil eval`: extraction scored against ACLED-coded data, with the metrics of `score.py acled`.
struct Eval: ExtractingCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Score extraction against your own ACLED-coded events or labelled news snippets.",
        discussion: """
            With --snippets FILE.tsv (columns id, text and label; ACLED's sub-event type spelling or a \
            CASE 2021 code such as AIR_STRIKE; any other label, such as NONE:court, is a non-event), each \
            snippet is extracted alone and classified by its first event, as `score.py case` does: per-type \
            precision, recall and F1, weighted F1, and the share of non-events that get no event.

            Otherwise: extracts events from --docs (JSONL {"id","text","published"?}, one document per gold row) \
            and compares each row of --acled (an ACLED export: data_id or event_id_cnty, event_date, \
            event_type, sub_event_type, actor1, country, admin1, latitude, longitude, fatalities, and \
            region for the per-region table) with the document's best-matching event: the same \
            sub-event type first, then the nearest point. Prints event type, sub-event type, country, \
            admin1, coordinates within 25 km, date, fatalities and actor1 accuracy.
            """)

    @Option(help: ArgumentHelp("ACLED-coded gold events (CSV).", valueName: "file"))
    var acled: String?

    @Option(help: ArgumentHelp("The documents the gold rows were coded from (JSONL).", valueName: "file"))
    var docs: String?

    @Option(parsing: .upToNextOption, help: ArgumentHelp(
        "Labelled news snippets (TSV files: id, text, label) instead of --acled and --docs.", valueName: "file"))
    var snippets: [String] = []

    @Option(help: ArgumentHelp("Also write the extracted events here, as `vigil extract` would.", valueName: "file"))
    var predictions: String?

    @Flag(help: "Print the metrics as one JSON object.")
    var json = false

    func validate() throws {
        guard snippets.isEmpty == (acled != nil && docs != nil), snippets.isEmpty || (acled == nil && docs == nil) else {
            throw ValidationError("give either --snippets FILE.tsv, or both --acled FILE.csv and --docs FILE.jsonl")
        }
    }

    func run() throws {
        try reportingErrors {
            if !snippets.isEmpty { return try scoreSnippets(snippets) }
            guard let acled, let docs else { return }
            let gold: [ACLEDGoldRow]
            do { gold = try ACLEDGoldRow.read(contentsOf: URL(fileURLWithPath: acled)) } catch {
                throw CLIError("eval: \(error)", code: .dataError)
            }
            guard !gold.isEmpty else { throw CLIError("eval: \(acled) has no rows", code: .dataError) }
            guard FileManager.default.fileExists(atPath: docs) else {
                throw CLIError("eval: \(docs) does not exist", code: .noInput)
            }
            let extractor = try loadExtractor()
            let writer = try predictions.map(openWriter)
            let (events, read) = extract(docs, with: extractor, writingTo: writer)
            guard !read.isDisjoint(with: gold.map(\.docID)) else {
                throw CLIError("eval: no document in \(docs) has the id of a row in \(acled)", code: .dataError)
            }
            let score = ACLEDScorer.score(gold: gold, predictions: events)
            if json { try JSONOutput.printLine(score) } else { print(score.table) }
        }
    }

    /// Scores extraction on the labelled snippets of `paths`.
    private func scoreSnippets(_ paths: [String]) throws {
        var gold: [SnippetGold] = []
        for path in paths {
            guard FileManager.default.fileExists(atPath: path) else { throw CLIError("eval: \(path) does not exist", code: .noInput) }
            do { gold += try SnippetGold.read(contentsOf: URL(fileURLWithPath: path)) } catch {
                throw CLIError("eval: \(error)", code: .dataError)
            }
        }
        guard !gold.isEmpty else { throw CLIError("eval: \(paths.joined(separator: ", ")) has no snippets", code: .dataError) }
        var seen = Set<String>()
        if let repeated = gold.first(where: { !seen.insert($0.id).inserted }) {
            throw CLIError("eval: snippet id \"\(repeated.id)\" is repeated in \(paths.joined(separator: ", "))", code: .dataError)
        }
        let extractor = try loadExtractor()
        let writer = try predictions.map(openWriter)
        let preparer = DocumentPreparer(published: nil)
        let now = Timestamp.now()
        var events: [String: [Event]] = [:]
        for snippet in gold {
            let raw = RawDocument(id: snippet.id, text: snippet.text, origin: "snippet \(snippet.id)")
            let (_, extraction) = extractor.extract(raw, preparedBy: preparer, ingested: now)
            events[snippet.id] = extraction.events
            for event in extraction.events { writer?.write(event) }
        }
        writer?.flush()
        let score = SnippetScorer.score(gold: gold, predictions: events)
        if json { try JSONOutput.printLine(score) } else { print(score.table) }
    }

    /// Extracts every document of `docs`: the events by document id, and the ids read.
    private func extract(_ docs: String, with extractor: Extractor, writingTo writer: LineWriter?) -> ([String: [Event]], Set<String>) {
        let preparer = DocumentPreparer(published: nil)
        let now = Timestamp.now()
        var events: [String: [Event]] = [:]
        var read: Set<String> = []
        DocumentReader().read([docs]) { item in
            switch item {
            case .document(let raw):
                let (document, extraction) = extractor.extract(raw, preparedBy: preparer, ingested: now)
                read.insert(document.id)
                events[document.id, default: []].append(contentsOf: extraction.events)
                for event in extraction.events { writer?.write(event) }
            case .rejected(let error): Console.error("rejected \(error)")
            case .warning(let message): Console.error("warning: \(message)")
            case .progress: break
            }
        }
        writer?.flush()
        return (events, read)
    }

    private func loadExtractor() throws -> Extractor {
        do { return try Extractor.loadDefault() } catch {
            throw CLIError("eval: cannot load the extraction models: \(error)", code: .ioError)
        }
    }

    private func openWriter(_ path: String) throws -> LineWriter {
        guard FileManager.default.createFile(atPath: path, contents: nil),
              let handle = FileHandle(forWritingAtPath: path) else {
            throw CLIError("eval: cannot write \(path)", code: .ioError)
        }
        return LineWriter(handle: handle)
    }
}
