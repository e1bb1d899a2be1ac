import ArgumentParser
import Foundation
import VigilExtract
import VigilIngest
import VigilModel

/// `vigil extract`: documents in, ACLED-coded events (and tallies) out, as JSON lines; no database.
struct Extract: ExtractingCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Extract events from documents and print them as JSON lines (no database needed).",
        discussion: """
            Reads the same inputs as `vigil ingest` (JSONL documents, .txt, .html, feeds, folders, - for \
            stdin) and writes one JSON object per line: {"record":"event",...} with ACLED's column names \
            (doc_id, event_date, event_type, sub_event_type, actor1, actor2, country, admin1, location, \
            latitude, longitude, geo_precision, fatalities, ...) plus injuries, attack_count, weapon, \
            claimed, claimed_by, confidence and evidence: for each field, the [start, end) code points of \
            the words in the document's text that support it.

            Relative dates ("on Monday") resolve against each document's publication date; give \
            --published for inputs that carry none.
            """)

    @Argument(help: ArgumentHelp("Files, folders, or - for standard input (the default).", valueName: "path"))
    var paths: [String] = ["-"]

    @Flag(help: "Also print reported tallies ({\"record\":\"tally\"}), e.g. \"38 attacks since October 17\".")
    var withTallies = false

    @Option(help: ArgumentHelp("Publication date for documents that carry none (YYYY-MM-DD).", valueName: "date"))
    var published: String?

    func validate() throws {
        if let published, CalendarDay(iso: published) == nil {
            throw ValidationError("--published \"\(published)\" is not a date; expected YYYY-MM-DD")
        }
    }

    func run() throws {
        let extractor: Extractor
        do { extractor = try Extractor.loadDefault() } catch {
            Console.error("vigil: cannot load the extraction models: \(error)")
            throw ExitCode(CLIError.Code.ioError.rawValue)
        }
        let preparer = DocumentPreparer(published: published.flatMap(CalendarDay.init(iso:)))
        let output = LineWriter()
        var rejected = 0
        let now = Timestamp.now()
        DocumentReader().read(paths) { event in
            switch event {
            case .document(let raw):
                let (_, extraction) = extractor.extract(raw, preparedBy: preparer, ingested: now)
                if let reason = extraction.skippedReason { Console.error("skipped \(raw.origin): \(reason)") }
                for event in extraction.events { output.write(event) }
                if withTallies { for tally in extraction.tallies { output.write(tally) } }
            case .rejected(let error):
                rejected += 1
                Console.error("rejected \(error)")
            case .warning(let message):
                Console.error("warning: \(message)")
            case .progress:
                break
            }
        }
        output.flush()
        if rejected > 0 { throw ExitCode(CLIError.Code.dataError.rawValue) }
    }
}
