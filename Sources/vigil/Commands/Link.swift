import ArgumentParser
import Foundation
import VigilLink
import VigilModel
import VigilPipeline
import VigilStore

/// `vigil link`: cross-source event linking, its canonical events and reviewers' decisions.
struct Link: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "link",
        abstract: "Merge reports of the same event from different sources; review merges and splits.",
        discussion: """
            `vigil process` links new events as it extracts them: reports of one event from several \
            outlets become one canonical event that keeps every source, each field's value with the \
            sources behind it, and the other sources' values as alternatives. Two reports are \
            compared only within a day window (1 day; 7 or 31 when the date is coarse), 25 km (or the \
            same district or province when one is placed only to it) and compatible event types; they \
            merge when their score over date, place, type, actors, weapon, casualties and the words of \
            the evidence sentences reaches 0.62 (LinkSettings.threshold). One source's separate \
            events (unless one only restates the other for its province, "Tal Baydar in Hasakah \
            province"), an attack and its retaliation, and events in different places never merge. \
            `vigil link explain A B` shows the rule or the score behind a pair. \
            A reviewer's `merge` or `split` is recorded with who and when, and every later run \
            respects it.
            """,
        subcommands: [Run.self, List.self, Show.self, Explain.self, Merge.self, Split.self],
        defaultSubcommand: List.self)

    /// The reports of a canonical event, given its id or one of its reports' ids.
    static func reports(of id: String, in store: any Store) throws -> [String] {
        guard let event = try store.canonicalEvent(id: id) else {
            guard try store.event(id: id) != nil else {
                throw CLIError("no event or canonical event with id \"\(id)\" (see `vigil link list`)", code: .dataError)
            }
            return [id]
        }
        return event.reportIDs
    }

    /// Options shared by merge and split.
    struct Review: ParsableArguments {
        @Option(help: "Who decides (default: $USER).") var reviewer: String?
        @Option(help: "Why, recorded with the decision.") var note = ""

        var name: String { reviewer ?? ProcessInfo.processInfo.environment["USER"] ?? "unknown" }
    }

    /// Records a decision and relinks the reports it names.
    static func decide(_ kind: LinkDecision.Kind, groups: [[String]], review: Review, store: any Store) throws {
        let now = Timestamp.now()
        try store.saveLinkDecision(
            LinkDecisionRecord(kind: kind.rawValue, groups: groups, reviewer: review.name, decidedAt: now, note: review.note))
        let events = try groups.flatMap { $0 }.compactMap { try store.event(id: $0) }
        _ = try LinkingPass.update(store, extracted: events)
        for id in Set(groups.flatMap { $0 }).sorted() {
            if let event = try store.canonicalEvent(id: id) {
                print("\(id) → \(event.id) (\(event.reportIDs.count) report\(event.reportIDs.count == 1 ? "" : "s"))")
            }
        }
    }

    /// `vigil link run`
    struct Run: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "run",
            abstract: "Link every event not yet linked (--all: relink everything).")

        @OptionGroup var store: StoreOptions
        @Flag(help: "Relink every stored event, not only new ones.") var all = false
        @Flag(help: "Print the summary as JSON.") var json = false

        func run() throws {
            try reportingErrors {
                let summary = try LinkingPass.update(try store.open(), everything: all)
                if json {
                    try JSONOutput.printLine(summary)
                } else {
                    print("linked \(summary.reports) reports into \(summary.events) canonical events")
                }
            }
        }
    }

    /// `vigil link list`
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List canonical events with their sources, newest first.")

        @OptionGroup var store: StoreOptions
        @OptionGroup var filters: Events.Filters
        @Flag(help: "Print JSON lines (each canonical event with its field support).") var json = false

        func validate() throws {
            if filters.reports || filters.allStatuses {
                throw ValidationError("--reports and --all-statuses are options of `vigil events`; `link list` lists canonical events")
            }
        }

        func run() throws {
            let query = try filters.query()
            try reportingErrors {
                let events = try store.open().canonicalEvents(query)
                if json {
                    for event in events { print(try Self.detail(event)) }
                    return
                }
                if events.isEmpty { print("no canonical events (run `vigil process`)") }
                for record in events {
                    let event = record.event
                    let place = [event.location, event.country].filter { !$0.isEmpty }.joined(separator: ", ")
                    print("\(event.eventDate)  \(event.subEventType.rawValue.padding(toLength: 34, withPad: " ", startingAt: 0)) \(place)  \(event.actor1)\(event.actor2.isEmpty ? "" : " → " + event.actor2)  fatalities \(event.fatalities)\(event.claimed ? " (claimed)" : "")  ×\(event.attackCount)  \(record.documentIDs.count) source\(record.documentIDs.count == 1 ? "" : "s")  [\(record.id)]")
                }
            }
        }

        /// A canonical event's linker record with `document_ids` naming every document of it, the
        /// near-copies in its reports' stories included (the record keeps only the reports' own).
        static func detail(_ record: CanonicalEventRecord) throws -> String {
            guard var object = try JSONSerialization.jsonObject(with: Data(record.detail.utf8)) as? [String: Any] else {
                return record.detail
            }
            object["document_ids"] = record.documentIDs
            return String(
                decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes]), as: UTF8.self)
        }
    }

    /// `vigil link show ID`
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "show",
            abstract: "Show a canonical event: each field's value, its sources and the alternatives.")

        @OptionGroup var store: StoreOptions
        @Argument(help: "Canonical event id, or the id of one of its reports.") var id: String

        func run() throws {
            try reportingErrors {
                guard let record = try store.open().canonicalEvent(id: id) else {
                    throw CLIError("no canonical event holds \"\(id)\" (see `vigil link list`)", code: .dataError)
                }
                let event = try JSONDecoder().decode(CanonicalEvent.self, from: Data(record.detail.utf8))
                print("\(event.id): \(event.event.eventDate) \(event.event.subEventType.rawValue), \(event.event.location)")
                print("reports    \(event.reportIDs.joined(separator: ", "))")
                print("documents  \(record.documentIDs.joined(separator: ", "))")
                for field in event.fields {
                    print("\(field.field.padding(toLength: 15, withPad: " ", startingAt: 0)) \(field.chosen.value)  [\(field.chosen.documents.joined(separator: ", "))]  — \(field.rule)")
                    for other in field.alternatives {
                        print("                   also \(other.value)  [\(other.documents.joined(separator: ", "))]")
                    }
                }
            }
        }
    }

    /// `vigil link explain A B`
    struct Explain: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "explain",
            abstract: "Show why two reports (event ids) are or are not linked: the blocking rule, or each part of the score.")

        @OptionGroup var store: StoreOptions
        @Argument(help: "Two report (event) ids.") var ids: [String]

        func validate() throws {
            guard ids.count == 2 else { throw ValidationError("explain needs two event ids, got \(ids.count)") }
        }

        func run() throws {
            try reportingErrors {
                let store = try store.open()
                let reports = try ids.map { id in
                    guard let event = try store.event(id: id) else {
                        throw CLIError("no event with id \"\(id)\" (see `vigil events`)", code: .dataError)
                    }
                    let context = try store.linkReports(from: event.eventDate, to: event.eventDate)
                        .first { $0.event.eventID == id }?.context ?? ""
                    return LinkReport(event: event, context: context)
                }
                let settings = LinkSettings.standard
                switch LinkScorer(settings: settings).assess(reports[0], reports[1]) {
                case .blocked(let block):
                    print("never linked: \(block.rawValue)")
                case .scored(let score):
                    let parts: [(String, Double)] = [
                        ("date", score.date), ("place", score.place), ("type", score.type), ("actors", score.actors),
                        ("weapon", score.weapon), ("casualties", score.casualties), ("text", score.text),
                    ]
                    for (name, value) in parts { print("\(name.padding(toLength: 11, withPad: " ", startingAt: 0)) \(String(format: "%.2f", value))") }
                    let verdict = score.total >= settings.threshold ? "linked" : "not linked"
                    print("total       \(String(format: "%.3f", score.total)) (threshold \(settings.threshold)): \(verdict)")
                }
            }
        }
    }

    /// `vigil link merge A B…`
    struct Merge: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "merge",
            abstract: "Record that events are one: their reports stay together in every later run.")

        @OptionGroup var store: StoreOptions
        @OptionGroup var review: Review
        @Argument(help: "Canonical event ids or report (event) ids, at least two.") var ids: [String]

        func validate() throws {
            guard ids.count >= 2 else { throw ValidationError("merge needs at least two ids, got \(ids.count)") }
        }

        func run() throws {
            try reportingErrors {
                let store = try store.open()
                let reports = try ids.flatMap { try Link.reports(of: $0, in: store) }
                try Link.decide(.merge, groups: [Array(Set(reports)).sorted()], review: review, store: store)
            }
        }
    }

    /// `vigil link split ID`
    struct Split: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "split",
            abstract: "Record that a canonical event is several: its reports stay apart in every later run.",
            discussion: "Without --report every report becomes its own event; with it, the named reports leave the rest.")

        @OptionGroup var store: StoreOptions
        @OptionGroup var review: Review
        @Argument(help: "Canonical event id (or one of its reports' ids).") var id: String
        @Option(name: .customLong("report"), help: "A report (event) id to split off; repeatable.") var split: [String] = []

        func run() throws {
            try reportingErrors {
                let store = try store.open()
                let reports = try Link.reports(of: id, in: store)
                let unknown = split.filter { !reports.contains($0) }
                guard unknown.isEmpty else {
                    throw CLIError("\(unknown.joined(separator: ", ")) not in \(id) (its reports: \(reports.joined(separator: ", ")))", code: .dataError)
                }
                let groups = split.isEmpty ? reports.map { [$0] } : [split.sorted(), reports.filter { !split.contains($0) }]
                try Link.decide(.split, groups: groups.filter { !$0.isEmpty }, review: review, store: store)
            }
        }
    }
}
