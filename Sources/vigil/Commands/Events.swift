import ArgumentParser
import Foundation
import VigilModel
import VigilServer
import VigilStore

/// `vigil events`: list, filter and show extracted events.
struct Events: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "events",
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
        @Flag(help: "One row per extracted report instead of one per real-world event (canonical event).") var reports = false
        @Flag(help: "Include events reviewers rejected or merged into others.") var allStatuses = false

        /// The query the filters describe, for `vigil link list`.
        func query() throws -> EventQuery {
            let search = try search()
            return EventQuery(
                from: search.from, to: search.to, country: country, eventType: search.eventTypes.first,
                subEventType: search.subEventTypes.first, actor: actor, documentID: document, limit: limit, offset: offset)
        }

        /// The search the filters describe (its limit is the store's page size).
        func search() throws -> EventSearch {
            func day(_ value: String?, _ name: String) throws -> CalendarDay? {
                guard let value else { return nil }
                guard let day = CalendarDay(iso: value) else {
                    throw ValidationError("--\(name) \"\(value)\" is not a date; expected YYYY-MM-DD")
                }
                return day
            }
            guard limit > 0 else { throw ValidationError("--limit must be positive, got \(limit)") }
            guard offset >= 0 else { throw ValidationError("--offset must not be negative, got \(offset)") }
            var search = EventSearch()
            search.from = try day(from, "from")
            search.to = try day(to, "to")
            if let from = search.from, let to = search.to, from > to {
                throw ValidationError("--to \(to) is before --from \(from)")
            }
            search.countries = country.map { [$0] } ?? []
            do {
                search.eventTypes = try type.map { [try EventType(validating: $0)] } ?? []
                search.subEventTypes = try subType.map { [try SubEventType(validating: $0)] } ?? []
            } catch let error as TaxonomyError {
                throw ValidationError(error.description)
            }
            search.actor = actor
            search.documentID = document
            search.view = reports ? .reports : .events
            if allStatuses { search.statuses = Set(ReviewStatus.allCases) }
            search.limit = 1000
            return search
        }

        /// The matching events, newest first: `limit` of them after skipping `offset` (all of
        /// them when `limit` is nil), read page by page.
        func events(in store: any ReviewStore, limit: Int?) throws -> [ReviewedEvent] {
            var search = try search()
            // "--country iraq": the stored spelling, whatever the case typed.
            if let country, let stored = try store.eventStatistics(EventSearch(), actorLimit: 1).byCountry
                .first(where: { $0.name.caseInsensitiveCompare(country) == .orderedSame })
            {
                search.countries = [stored.name]
            }
            let wanted = limit.map { offset.addingReportingOverflow($0) }.map { $0.overflow ? Int.max : $0.partialValue } ?? Int.max
            var events: [ReviewedEvent] = []
            while events.count < wanted {
                search.limit = min(1000, wanted - events.count)
                let page = try store.searchEvents(search)
                events += page.events
                guard let next = page.nextCursor else { break }
                search.after = next
            }
            return Array(events.dropFirst(offset))
        }
    }

    /// `vigil events list`
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: "List events, newest first: one row per real-world event, with its sources.")

        @OptionGroup var store: StoreOptions
        @OptionGroup var filters: Filters
        @Flag(help: "Print JSON lines (the records of `vigil extract`, with report_count, source_count and source_names).")
        var json = false

        func run() throws {
            _ = try filters.search()
            try reportingErrors {
                let events = try filters.events(in: try store.openReviewed(), limit: filters.limit)
                if json {
                    let writer = LineWriter()
                    for event in events { writer.write(raw: try EventTable.jsonObject(event)) }
                    writer.flush()
                    return
                }
                if events.isEmpty { print("no events (run `vigil process` after `vigil ingest`)") }
                for event in events { print(Self.line(event)) }
            }
        }

        /// One event as a line of the listing.
        static func line(_ reviewed: ReviewedEvent) -> String {
            let event = reviewed.event
            let place = [event.location, event.country].filter { !$0.isEmpty }.joined(separator: ", ")
            let claim = event.claimed ? " (claimed)" : ""
            let sources = reviewed.sources.map { sources in
                "  \(sources.sourceCount) source\(sources.sourceCount == 1 ? "" : "s")"
                    + (sources.names.isEmpty ? "" : " (" + sources.names.joined(separator: "; ") + ")")
            } ?? ""
            return "\(event.eventDate)  \(event.subEventType.rawValue.padding(toLength: 34, withPad: " ", startingAt: 0)) "
                + "\(place.isEmpty ? "(no location)" : place)  \(event.actor1)\(event.actor2.isEmpty ? "" : " → " + event.actor2)  "
                + "fatalities \(event.fatalities)\(claim)\(sources)  [\(event.eventID)]"
        }
    }

    /// `vigil events show ID`
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "show",
            abstract: "Show an event: every field, and the article with each field's evidence marked.")

        @OptionGroup var store: StoreOptions
        @Argument(help: "Event id (see `vigil events`): a canonical event (ce-…) or a report.") var id: String
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            try reportingErrors {
                let store = try store.openReviewed()
                guard let reviewed = try store.reviewedEvent(id: id) else {
                    throw CLIError("no event with id \"\(id)\" (see `vigil events`)", code: .dataError)
                }
                let event = reviewed.event
                if json {
                    FileHandle.standardOutput.write(try EventTable.jsonObject(reviewed) + Data("\n".utf8))
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
                    ("review", reviewed.review.status.rawValue),
                    ("sources", reviewed.sources.map {
                        "\($0.sourceCount)" + ($0.names.isEmpty ? "" : " (" + $0.names.joined(separator: "; ") + ")")
                            + ", \($0.reportCount) report\($0.reportCount == 1 ? "" : "s")"
                    } ?? ""),
                ]
                for (name, value) in fields where !value.isEmpty { print("\(name.padding(toLength: 15, withPad: " ", startingAt: 0)) \(value)") }
                for note in event.notes { print("note            \(note)") }
                if let canonical = try store.canonicalEvent(id: id), canonical.id != id || canonical.reportIDs.count > 1 {
                    print("canonical       \(canonical.id): reports \(canonical.reportIDs.joined(separator: ", "))")
                }
                if let document = try store.document(id: event.docID)?.document {
                    print("\n\(document.title)\n")
                    print(EvidenceMarker(color: Console.isInteractive).mark(document.text, evidence: event.evidence))
                }
            }
        }
    }
}
