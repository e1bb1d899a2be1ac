import Foundation
import Testing
import VigilIngest
import VigilModel
import VigilStore

@Suite struct SQLiteStoreTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vigil-store-\(UUID().uuidString)")

    func makeStore() throws -> SQLiteStore {
        try SQLiteStore(path: folder.appendingPathComponent("nested/vigil.sqlite").path)
    }

    func incoming(_ id: String, _ text: String, source: String = "Wire") -> IncomingDocument {
        DocumentPreparer(source: source).prepare(RawDocument(id: id, title: id, text: text, origin: id), ingested: "2024-01-01T00:00:00Z")
    }

    @Test func fullTextSearchFindsWordsIgnoringAccents() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try makeStore()
        _ = try store.ingest([
            incoming("a", "Protesters gathered in Bogotá to denounce police violence."),
            incoming("b", "Shelling hit the outskirts of Donetsk overnight."),
        ], nearDuplicateThreshold: 0.8)
        #expect(try store.searchDocuments("bogota police", limit: 10).map(\.id) == ["a"])
        #expect(try store.searchDocuments("shell", limit: 10).map(\.id) == ["b"])
        #expect(try store.searchDocuments("\"unbalanced AND (", limit: 10).isEmpty)
    }

    @Test func extractionsReplaceEarlierOnesAndStoriesLeaveThePendingList() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try makeStore()
        _ = try store.ingest([incoming("a", "Militants attacked a police post in Bannu on Monday, killing two officers.")], nearDuplicateThreshold: 0.8)
        #expect(try store.pendingStories(extractorVersion: "v1", limit: 10).map(\.id) == ["a"])
        let event = Event(
            docID: "a", eventID: "a-1", eventDate: CalendarDay(year: 2024, month: 1, day: 1)!, timePrecision: .day,
            subEventType: .armedClash, actor1: "Unidentified Armed Group (Pakistan)", inter1: .politicalMilitias,
            fatalities: 2, confidence: 0.8)
        try store.saveExtraction(storyID: "a", extractorVersion: "v1", events: [event, event.with(id: "a-2")], tallies: [])
        try store.saveExtraction(storyID: "a", extractorVersion: "v1", events: [event], tallies: [])
        #expect(try store.events(EventQuery()).map(\.eventID) == ["a-1"])
        #expect(try store.events(EventQuery(subEventType: .armedClash, actor: "pakistan")).count == 1)
        #expect(try store.events(EventQuery(eventType: .protests)).isEmpty)
        #expect(try store.pendingStories(extractorVersion: "v1", limit: 10).isEmpty)
        #expect(try store.pendingStories(extractorVersion: "v2", limit: 10).count == 1)
        try store.markAllStoriesPending()
        #expect(try store.pendingStories(extractorVersion: "v1", limit: 10).count == 1)
    }

    @Test func sameIdWithOtherTextIsRejectedAndNothingIsOverwritten() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try makeStore()
        _ = try store.ingest([incoming("a", "Rioters torched a bus in Dhaka.")], nearDuplicateThreshold: 0.8)
        let outcomes = try store.ingest([incoming("a", "A different article entirely about floods.")], nearDuplicateThreshold: 0.8)
        guard case .rejected(_, let reason) = outcomes.first else {
            Issue.record("expected a rejection, got \(outcomes)")
            return
        }
        #expect(reason.contains("already stored with different text"))
        #expect(try store.document(id: "a")?.document.text == "Rioters torched a bus in Dhaka.")
    }

    @Test func customPlacesAreSavedAndReplacedByName() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try makeStore()
        try store.saveCustomPlace(CustomPlace(name: "Camp Alpha", latitude: 1, longitude: 2, country: "Somalia"))
        try store.saveCustomPlace(CustomPlace(name: "Camp Alpha", latitude: 2.5, longitude: 45.1, country: "Somalia", aliases: ["Alpha Base"]))
        #expect(try store.customPlaces().map(\.latitude) == [2.5])
    }

    @Test func aFileThatIsNotADatabaseGivesAClearError() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("notes.sqlite").path
        try Data("just some notes, not SQLite".utf8).write(to: URL(fileURLWithPath: path))
        #expect {
            try SQLiteStore(path: path)
        } throws: { error in
            "\(error)".contains(path) && "\(error)".contains("not a database")
        }
    }
}

extension Event {
    func with(id: String) -> Event {
        var copy = self
        copy.eventID = id
        return copy
    }
}
