import Foundation
import VigilLink
public import VigilModel
public import VigilStore

/// Cross-source linking over the store: reports of one event from several stories become one
/// canonical event. What `vigil process`, `vigil link run`, workers, the server and the watcher run.
public enum LinkingPass {
    /// What one linking run did.
    public struct Summary: Encodable, Sendable {
        /// Reports (re)linked.
        public var reports: Int
        /// Canonical events saved.
        public var events: Int
        /// The ids of the canonical events saved (`ce-…`), for alerts.
        public var eventIDs: Set<String> = []

        enum CodingKeys: String, CodingKey { case reports, events }
    }

    /// At most this many linking passes in one update; there are rarely more than two.
    static let passes = 8

    /// Links every report that is in no canonical event yet, plus `extracted` (reports just
    /// re-extracted), against the stored reports of the surrounding days, and saves the canonical
    /// events they belong to. A pass may leave out reports of days it did not load whose old event
    /// it regrouped; the next pass loads their days, until no report is left out.
    public static func update(_ store: any Store, extracted: [Event] = [], everything: Bool = false) throws -> Summary {
        var total = try pass(store, extracted: extracted, everything: everything)
        for _ in 1..<passes {
            let next = try pass(store, extracted: [], everything: false)
            if next.reports == 0 { break }
            total.reports += next.reports
            total.events += next.events
            total.eventIDs.formUnion(next.eventIDs)
        }
        return total
    }

    /// One linking pass over the unlinked reports, `extracted`, and the reports of their days.
    private static func pass(_ store: any Store, extracted: [Event], everything: Bool) throws -> Summary {
        let settings = LinkSettings.standard
        let reports: [ReportRecord]
        var pending: [String: CalendarDay] = [:]
        if everything {
            let first = CalendarDay(year: 1, month: 1, day: 1)!, last = CalendarDay(year: 9999, month: 12, day: 31)!
            _ = try store.unlinkedReportDays()  // drops canonical events whose reports are gone
            reports = try store.linkReports(from: first, to: last)
            for report in reports { pending[report.event.eventID] = report.event.eventDate }
        } else {
            pending = try store.unlinkedReportDays()
            for event in extracted { pending[event.eventID] = event.eventDate }
            guard let first = pending.values.min(), let last = pending.values.max() else { return Summary(reports: 0, events: 0) }
            reports = try store.linkReports(
                from: first.adding(days: -settings.contextDays), to: last.adding(days: settings.contextDays))
        }
        var linker = EventLinker(settings: settings, decisions: try decisions(store))
        linker.add(reports.map { LinkReport(event: $0.event, context: $0.context) })
        var saved: [String: CanonicalEvent] = [:]
        var todo = Array(pending.keys)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        for _ in 0..<3 where !todo.isEmpty {
            var batch: [String: CanonicalEvent] = [:]
            for id in todo {
                if let event = linker.canonicalEvent(containing: id) { batch[event.id] = event }
            }
            let records = try batch.values.sorted { $0.id < $1.id }.map { try record($0, encoder: encoder) }
            try store.saveCanonicalEvents(records, replacingReports: todo)
            saved.merge(batch) { a, _ in a }
            todo = try store.unlinkedReportDays().keys.sorted()
        }
        return Summary(reports: pending.count, events: saved.count, eventIDs: Set(saved.keys))
    }

    /// The reviewers' decisions, oldest first.
    static func decisions(_ store: any Store) throws -> [LinkDecision] {
        try store.linkDecisions().compactMap { record in
            LinkDecision.Kind(rawValue: record.kind).map {
                LinkDecision(kind: $0, groups: record.groups, reviewer: record.reviewer, decidedAt: record.decidedAt, note: record.note)
            }
        }
    }

    /// A canonical event as the store keeps it; `encoder` writes its detail (sorted keys).
    static func record(_ event: CanonicalEvent, encoder: JSONEncoder) throws -> CanonicalEventRecord {
        CanonicalEventRecord(
            id: event.id, event: event.event, reportIDs: event.reportIDs, documentIDs: event.documentIDs,
            detail: String(decoding: try encoder.encode(event), as: UTF8.self))
    }
}
