import ArgumentParser
import Foundation
import VigilModel
import VigilStore

/// `vigil events`: list, filter and show extracted events.
struct Events: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List, filter and show extracted events.",
        subcommands: [List.self, Show.self],
        defaultSubcommand: List.self)

    /// Filters shared by listing and export.
    struct Filters: ParsableArguments {
        @Option(help: ArgumentHelp("Events on or after this date (YYYY-MM-DD).", valueName: "date")) var from: String?
        @Option(help: ArgumentHelp("Events on or before this date (YYYY-MM-DD).", valueName: "date")) var to: String?
        @Option(help: "Country, as ACLED names it (e.g. \"Iraq\").") var country: String?
        @Option(help: ArgumentHelp("ACLED event type, e.g. \"Battles\".", valueName: "type")) var type: String?
        @Option(help: ArgumentHelp("ACLED sub-event type, e.g. \"Air/drone strike\".", valueName: "type")) var subType: String?
        @Option(help: "Part of an actor's name.") var actor: String?
        @Option(help: "Events of this document's story.") var document: String?
        @Option(help: "How many to show.") var limit = 100
        @Option(help: "How many to skip.") var offset = 0

        func query() throws -> EventQuery {
            func day(_ value: String?, _ name: String) throws -> CalendarDay? {
                guard let value else { return nil }
                guard let day = CalendarDay(iso: value) else {
                    throw ValidationError("--\(name) \"\(value)\" is not a date; expected YYYY-MM-DD")
                }
                return day
            }
            guard limit > 0 else { throw ValidationError("--limit must be positive, got \(limit)") }
            guard offset >= 0 else { throw ValidationError("--offset must not be negative, got \(offset)") }
            do {
                return EventQuery(
                    from: try day(from, "from"), to: try day(to, "to"), country: country,
                    eventType: try type.map { try EventType(validating: $0) },
                    subEventType: try subType.map { try SubEventType(validating: $0) }, actor: actor,
                    documentID: document, limit: limit, offset: offset)
            } catch let error as TaxonomyError {
                throw ValidationError(error.description)
            }
        }
    }

    /// `vigil events list`
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List events, newest first.")

        @OptionGroup var store: StoreOptions
        @OptionGroup var filters: Filters
        @Flag(help: "Print JSON lines (the same records as `vigil extract`).") var json = false

        func run() throws {
            let query = try filters.query()
            try reportingErrors {
                let events = try store.open().events(query)
                if json {
                    let writer = LineWriter()
                    for event in events { writer.write(event) }
                    writer.flush()
                    return
                }
                if events.isEmpty { print("no events (run `vigil process` after `vigil ingest`)") }
                for event in events {
                    let place = [event.location, event.country].filter { !$0.isEmpty }.joined(separator: ", ")
                    let claim = event.claimed ? " (claimed)" : ""
                    print("\(event.eventDate)  \(event.subEventType.rawValue.padding(toLength: 34, withPad: " ", startingAt: 0)) \(place.isEmpty ? "(no location)" : place)  \(event.actor1)\(event.actor2.isEmpty ? "" : " → " + event.actor2)  fatalities \(event.fatalities)\(claim)  [\(event.eventID)]")
                }
            }
        }
    }

    /// `vigil events show ID`
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show an event: every field, and the article with each field's evidence marked.")

        @OptionGroup var store: StoreOptions
        @Argument(help: "Event id (see `vigil events`).") var id: String
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            try reportingErrors {
                let store = try store.open()
                guard let event = try store.event(id: id) else {
                    throw CLIError("no event with id \"\(id)\"", code: .dataError)
                }
                if json {
                    try JSONOutput.printLine(event)
                    return
                }
                let fields: [(String, String)] = [
                    ("event_date", "\(event.eventDate) (time_precision \(event.timePrecision.rawValue))"),
                    ("event_type", event.eventType.rawValue), ("sub_event_type", event.subEventType.rawValue),
                    ("actor1", event.actor1 + (event.assocActor1.isEmpty ? "" : " with " + event.assocActor1)),
                    ("actor2", event.actor2 + (event.assocActor2.isEmpty ? "" : " with " + event.assocActor2)),
                    ("location", [event.location, event.admin1, event.country].filter { !$0.isEmpty }.joined(separator: ", ")),
                    ("coordinates", event.latitude.map { "\($0), \(event.longitude ?? 0) (geo_precision \(event.geoPrecision?.rawValue ?? 0))" } ?? "unknown"),
                    ("fatalities", "\(event.fatalities)" + (event.injuries.map { ", injuries \($0)" } ?? "")),
                    ("attack_count", "\(event.attackCount)"), ("weapon", event.weapon ?? ""),
                    ("claimed", event.claimed ? "yes, by \(event.claimedBy ?? "the perpetrator")" : "no (reported as fact)"),
                    ("confidence", String(format: "%.2f", event.confidence)),
                ]
                for (name, value) in fields where !value.isEmpty { print("\(name.padding(toLength: 15, withPad: " ", startingAt: 0)) \(value)") }
                for note in event.notes { print("note            \(note)") }
                if let document = try store.document(id: event.docID)?.document {
                    print("\n\(document.title)\n")
                    print(EvidenceMarker(color: Console.isInteractive).mark(document.text, evidence: event.evidence))
                }
            }
        }
    }
}
