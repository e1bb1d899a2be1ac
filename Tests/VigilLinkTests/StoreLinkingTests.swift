import Foundation
import Testing
import VigilLink
import VigilModel
import VigilStore

/// Canonical events, contexts and decisions in the SQLite store (migration "v3-links").
@Suite struct StoreLinkingTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vigil-link-\(UUID().uuidString)")

    /// A store holding three one-document stories, each with the given reports extracted.
    func store(_ reports: [LinkReport]) throws -> SQLiteStore {
        let store = try SQLiteStore(path: folder.appendingPathComponent("vigil.sqlite").path)
        let documents = Array(Set(reports.map(\.event.docID))).sorted()
        _ = try store.ingest(
            documents.map { id in
                IncomingDocument(
                    document: Document(id: id, ingested: "2026-11-25T12:00:00Z", text: "Report \(id).", contentHash: "hash-\(id)"),
                    signature: [], bandKeys: [], keyTerms: [], repeatedSpans: [], origin: id)
            }, nearDuplicateThreshold: 0.8)
        for id in documents {
            try store.saveExtraction(
                storyID: id, extractorVersion: "test", events: reports.filter { $0.event.docID == id }.map(\.event), tallies: [])
        }
        return store
    }

    /// Links what the store holds unlinked and saves the result, as `vigil process` does.
    func link(_ store: SQLiteStore) throws {
        let pending = try store.unlinkedReports()
        var linker = EventLinker()
        linker.add(pending.map { LinkReport(event: $0.event, context: $0.context) })
        let events = linker.canonicalEvents.map { event in
            CanonicalEventRecord(id: event.id, event: event.event, reportIDs: event.reportIDs, documentIDs: event.documentIDs, detail: "{}")
        }
        try store.saveCanonicalEvents(events, replacingReports: pending.map(\.event.eventID))
    }

    @Test func canonicalEventsRoundTripAndFollowReExtraction() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try store([report("a-1", fatalities: 3), report("b-1", fatalities: 5, claimed: true), report("c-1")])
        try store.saveLinkContexts(["a-1": "Three drone attacks hit Ain al-Asad."])
        #expect(try store.unlinkedReports().map(\.context) == ["Three drone attacks hit Ain al-Asad.", "", ""])
        try link(store)
        #expect(try store.unlinkedReports().isEmpty)
        let event = try #require(try store.canonicalEvent(id: "b-1"))
        #expect(event.id == "ce-a-1")
        #expect(event.reportIDs == ["a-1", "b-1", "c-1"])
        #expect(event.documentIDs == ["a", "b", "c"])
        #expect(event.event.fatalities == 3)
        #expect(try store.canonicalEvents(EventQuery(documentID: "c")).map(\.id) == ["ce-a-1"])
        #expect(try store.linkReports(from: CalendarDay(iso: "2023-11-06")!, to: CalendarDay(iso: "2023-11-06")!).count == 3)

        // Re-extraction drops c-1: its event goes, and the other reports wait to be linked again.
        try store.saveExtraction(storyID: "c", extractorVersion: "test-2", events: [], tallies: [])
        #expect(try store.unlinkedReports().map(\.event.eventID) == ["a-1", "b-1"])
        #expect(try store.canonicalEvents(EventQuery()).isEmpty)
        try link(store)
        #expect(try store.canonicalEvent(id: "ce-a-1")?.reportIDs == ["a-1", "b-1"])
    }

    @Test func decisionsAreKeptInOrder() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try store([report("a-1")])
        try store.saveLinkDecision(
            LinkDecisionRecord(kind: "split", groups: [["a-1"], ["b-1"]], reviewer: "ana", decidedAt: "2026-11-25T13:00:00Z", note: "two attacks"))
        try store.saveLinkDecision(
            LinkDecisionRecord(kind: "merge", groups: [["a-1", "b-1"]], reviewer: "ben", decidedAt: "2026-11-25T14:00:00Z", note: ""))
        let decisions = try store.linkDecisions()
        #expect(decisions.map(\.kind) == ["split", "merge"])
        #expect(decisions.map(\.sequence) == [1, 2])
        #expect(decisions[0].groups == [["a-1"], ["b-1"]])
        #expect(decisions[0].reviewer == "ana")
        #expect(decisions[0].note == "two attacks")
    }
}
