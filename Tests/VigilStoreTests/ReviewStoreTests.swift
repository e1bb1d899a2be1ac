import Foundation
import Testing
import VigilModel
import VigilStore
import VigilTestSupport

/// Listings, review decisions, the audit log and tokens: the same on every backend.
@Suite struct ReviewStoreTests {
    static let backends = StoreBackend.available

    static func event(
        _ id: String, _ date: String, _ type: SubEventType, country: String, admin1: String, lat: Double, lon: Double,
        fatalities: Int, confidence: Double, claimed: Bool, actor1: String
    ) -> Event {
        Event(
            docID: "doc", eventID: id, eventDate: CalendarDay(iso: date)!, timePrecision: .day, subEventType: type,
            actor1: actor1, inter1: .stateForces,
            place: Place(name: admin1, latitude: lat, longitude: lon, country: country, iso3: "", admin1: admin1, geoPrecision: .exact),
            fatalities: fatalities, claimed: claimed, confidence: confidence)
    }

    /// An air strike in Iraq (claimed), a clash in Syria, a protest in Iraq, all of story "doc".
    static let events = [
        event("doc-1", "2023-11-06", .airDroneStrike, country: "Iraq", admin1: "Al Anbar", lat: 33.8, lon: 42.44,
            fatalities: 0, confidence: 0.9, claimed: true, actor1: "Islamic Resistance in Iraq"),
        event("doc-2", "2023-11-07", .armedClash, country: "Syria", admin1: "Deir ez-Zor", lat: 35.33, lon: 40.14,
            fatalities: 3, confidence: 0.4, claimed: false, actor1: "Military Forces of Syria (2000-)"),
        event("doc-3", "2023-11-08", .peacefulProtest, country: "Iraq", admin1: "Baghdad", lat: 33.31, lon: 44.36,
            fatalities: 0, confidence: 0.7, claimed: false, actor1: "Protesters (Iraq)"),
    ]

    /// A store holding the article and its three events.
    func seeded(_ backend: StoreBackend, options: String = "") throws -> (store: any ReviewStore & TokenStore, cleanUp: @Sendable () -> Void) {
        let (store, cleanUp) = try backend.makeStore(options: options)
        _ = try store.ingest([incoming("doc", "Drones struck Ain al-Asad air base in Anbar. Fighters clashed near Deir ez-Zor.")],
            nearDuplicateThreshold: 0.8)
        try store.saveExtraction(storyID: "doc", extractorVersion: "v1", events: Self.events, tallies: [])
        return (store, cleanUp)
    }

    func ids(_ store: any ReviewStore, _ change: (inout EventSearch) -> Void) throws -> [String] {
        var search = EventSearch()
        change(&search)
        return try store.searchEvents(search).events.map(\.event.eventID)
    }

    @Test(arguments: backends)
    func listingsFilterSortAndPage(_ backend: StoreBackend) throws {
        let (store, cleanUp) = try seeded(backend)
        defer { cleanUp() }
        #expect(try ids(store) { _ in } == ["doc-3", "doc-2", "doc-1"])
        #expect(try ids(store) { $0.from = CalendarDay(iso: "2023-11-07"); $0.to = CalendarDay(iso: "2023-11-07") } == ["doc-2"])
        #expect(try ids(store) { $0.boundingBox = BoundingBox(west: 42, south: 33, east: 45, north: 34) } == ["doc-3", "doc-1"])
        #expect(try ids(store) { $0.boundingBox = BoundingBox(west: 170, south: -90, east: 41, north: 90) } == ["doc-2"])
        #expect(try ids(store) { $0.countries = ["Iraq"] } == ["doc-3", "doc-1"])
        #expect(try ids(store) { $0.admin1 = "Baghdad" } == ["doc-3"])
        #expect(try ids(store) { $0.eventTypes = [.battles, .protests] } == ["doc-3", "doc-2"])
        #expect(try ids(store) { $0.subEventTypes = [.airDroneStrike] } == ["doc-1"])
        #expect(try ids(store) { $0.actor = "syria" } == ["doc-2"])
        #expect(try ids(store) { $0.actor = "%" }.isEmpty)
        #expect(try ids(store) { $0.text = "baghdad" } == ["doc-3"])
        #expect(try ids(store) { $0.text = "baghdad/" }.isEmpty)  // a slash is escaped in stored JSON: no shortcut
        #expect(try ids(store) { $0.actor = "resistance" } == ["doc-1"])
        #expect(try ids(store) { $0.text = "drones" } == ["doc-3", "doc-2", "doc-1"])  // the story's article
        #expect(try ids(store) { $0.minimumConfidence = 0.6 } == ["doc-3", "doc-1"])
        #expect(try ids(store) { $0.claimed = true } == ["doc-1"])
        #expect(try ids(store) { $0.documentID = "doc" }.count == 3)
        #expect(try ids(store) { $0.documentID = "other" }.isEmpty)
        #expect(try ids(store) { $0.sort = .fatalitiesDescending } == ["doc-2", "doc-3", "doc-1"])
        #expect(try ids(store) { $0.sort = .confidenceAscending } == ["doc-2", "doc-3", "doc-1"])
        #expect(try ids(store) { $0.sort = .reviewQueue } == ["doc-2", "doc-1", "doc-3"])
        for sort in EventSort.allCases {
            var search = EventSearch()
            search.sort = sort
            let all = try store.searchEvents(search).events.map(\.event.eventID)
            search.limit = 1
            var paged: [String] = []
            while true {
                let page = try store.searchEventJSON(search)
                paged += page.events.map(\.eventID)
                guard let next = page.nextCursor else { break }
                search.after = next
            }
            #expect(paged == all, "sort \(sort.rawValue)")
        }
        var iraq = EventSearch()
        iraq.countries = ["Iraq"]
        let statistics = try store.eventStatistics(iraq, actorLimit: 1)
        #expect(statistics.events == 2)
        #expect(statistics.attacks == 2)
        #expect(statistics.byCountry == [.init(name: "Iraq", count: 2)])
        #expect(statistics.byDay.map(\.date) == ["2023-11-06", "2023-11-08"])
        #expect(statistics.byActor == [.init(name: "Islamic Resistance in Iraq", count: 1)])
        #expect(try store.eventStatistics(EventSearch(), actorLimit: 10).fatalities == 3)
    }

    @Test(arguments: backends)
    func reviewsAreAuditedAndSurviveReExtraction(_ backend: StoreBackend) throws {
        let (store, cleanUp) = try seeded(backend)
        defer { cleanUp() }
        var edited = Self.events[1]
        edited.fatalities = 5
        let after = try store.editEvent(edited, by: "alice", note: "wire update")
        #expect(after.event.fatalities == 5)
        #expect(after.review.editedFields == ["fatalities"])
        _ = try store.setStatus(.approved, eventID: "doc-2", by: "alice", note: "")
        _ = try store.setStatus(.rejected, eventID: "doc-3", by: "bob", note: "not an event")
        var part = Self.events[0]
        part.eventID = "doc-1-b"
        part.fatalities = 1
        let parts = try store.splitEvent("doc-1", into: [part], by: "bob", note: "")
        #expect(parts.map(\.review.splitFrom) == ["doc-1"])
        #expect(throws: StoreError.self) { try store.splitEvent("doc-1", into: [part], by: "bob", note: "") }
        let merged = try store.mergeEvent("doc-1-b", into: "doc-2", by: "alice", note: "")
        #expect(merged.event.eventID == "doc-2")
        #expect(throws: StoreError.self) { try store.mergeEvent("doc-1", into: "doc-1-b", by: "alice", note: "") }
        #expect(throws: StoreError.self) { try store.setStatus(.merged, eventID: "doc-1", by: "alice", note: "") }
        #expect(throws: StoreError.self) { try store.editEvent(Self.events[0].with(id: "missing"), by: "alice", note: "") }
        try store.recordIngest(documentID: "doc", by: "feed-bot", note: "posted")

        // The story is extracted again: decisions, edits and the split-off part are kept.
        try store.saveExtraction(storyID: "doc", extractorVersion: "v2", events: Self.events, tallies: [])
        let reviewed = try #require(try store.reviewedEvent(id: "doc-2"))
        #expect(reviewed.event.fatalities == 5)
        #expect(reviewed.review.status == .approved)
        #expect(try store.reviewedEvent(id: "doc-3")?.review.status == .rejected)
        #expect(try store.reviewedEvent(id: "doc-1-b")?.review.mergedInto == "doc-2")
        #expect(try store.reviewedEvent(id: "doc-1-b")?.event.fatalities == 1)
        #expect(try ids(store) { _ in } == ["doc-2", "doc-1"])
        #expect(try ids(store) { $0.statuses = Set(ReviewStatus.allCases) } == ["doc-3", "doc-2", "doc-1-b", "doc-1"])
        #expect(try ids(store) { $0.statuses = [.rejected, .merged] } == ["doc-3", "doc-1-b"])
        #expect(try ids(store) { $0.statuses = [.unreviewed, .rejected] } == ["doc-3", "doc-1"])
        #expect(try ids(store) { $0.sort = .fatalitiesDescending } == ["doc-2", "doc-1"])  // the column follows the edit

        let log = try store.auditLog(subject: nil, limit: 100)
        #expect(log.map(\.action) == [.edit, .approve, .reject, .split, .split, .merge, .merge, .ingest])
        #expect(log.first?.before?.fatalities == 3 && log.first?.after?.fatalities == 5)
        #expect(log.first?.actor == "alice" && log.first?.note == "wire update")
        #expect(try store.auditLog(subject: "doc-3", limit: 10).map(\.note) == ["not an event"])
        #expect(try store.auditLog(subject: nil, limit: 2).map(\.action) == [.merge, .ingest])
    }

    /// A text search finds an event by its location, as a reviewer last wrote it.
    @Test(arguments: backends)
    func textSearchReadsTheEditedLocation(_ backend: StoreBackend) throws {
        let (store, cleanUp) = try seeded(backend)
        defer { cleanUp() }
        #expect(try ids(store) { $0.text = "hadith" }.isEmpty)
        var edited = Self.events[0]
        edited.location = "Haditha"
        _ = try store.editEvents([edited], canonical: nil, by: "alice", note: "the town, not the province")
        #expect(try ids(store) { $0.text = "hadith" } == ["doc-1"])
    }

    /// A canonical event's reports change together: when one of them cannot be changed, none is,
    /// and the audit log records nothing.
    @Test(arguments: backends)
    func anActionOnSeveralReportsIsAllOrNothing(_ backend: StoreBackend) throws {
        let (store, cleanUp) = try seeded(backend)
        defer { cleanUp() }
        #expect(throws: StoreError.self) {
            try store.setStatus(.approved, eventIDs: ["doc-1", "doc-2", "missing"], by: "alice", note: "")
        }
        var first = Self.events[0]
        first.fatalities = 4
        #expect(throws: StoreError.self) {
            try store.editEvents([first, Self.events[1].with(id: "missing")], canonical: nil, by: "alice", note: "")
        }
        _ = try store.mergeEvent("doc-2", into: "doc-3", by: "alice", note: "")
        #expect(throws: StoreError.self) { try store.mergeEvents(["doc-1", "doc-3"], into: "doc-2", by: "bob", note: "") }
        #expect(try store.reviewedEvent(id: "doc-1")?.review.status == .unreviewed)
        #expect(try store.reviewedEvent(id: "doc-1")?.event.fatalities == 0)
        #expect(try store.reviewedEvent(id: "doc-2")?.review.mergedInto == "doc-3")
        #expect(try store.auditLog(subject: nil, limit: 100).map(\.action) == [.merge, .merge])

        let both = try store.setStatus(.rejected, eventIDs: ["doc-1", "doc-3"], by: "alice", note: "duplicate report")
        #expect(both.map(\.review.status) == [.rejected, .rejected])
        #expect(try store.auditLog(subject: nil, limit: 100).map(\.action) == [.merge, .merge, .reject, .reject])
    }
    @Test(arguments: backends)
    func tokensAreNamedOnceAndRecordTheirUse(_ backend: StoreBackend) throws {
        let (store, cleanUp) = try seeded(backend)
        defer { cleanUp() }
        try store.saveToken(name: "alice", hash: "hash-a")
        #expect(throws: StoreError.self) { try store.saveToken(name: "alice", hash: "hash-b") }
        #expect(try store.tokens().map(\.lastUsed) == [nil])
        #expect(try store.tokenName(hash: "hash-a") == "alice")
        #expect(try store.tokenName(hash: "wrong") == nil)
        #expect(try store.tokens().first?.lastUsed != nil)
    }

    /// `scripts/with_postgres.sh` sets `VIGIL_TEST_POSTGIS=1` when the server has PostGIS.
    static let postgisAvailable = ProcessInfo.processInfo.environment["VIGIL_TEST_POSTGIS"] == "1"

    @Test(.disabled(if: StoreBackend.postgresURL == nil, StoreTests.postgresUnavailable))
    func boundingBoxesAgreeWithAndWithoutPostGIS() throws {
        let (sqlite, removeSQLite) = try seeded(.sqlite)
        defer { removeSQLite() }
        let (spatial, _) = try seeded(.postgres)
        let (plain, _) = try seeded(.postgres, options: "postgis=off")
        #expect((plain as? PostgresStore)?.usesPostGIS == false)
        #expect((spatial as? PostgresStore)?.usesPostGIS == Self.postgisAvailable, "PostGIS is used exactly when the server has it")
        let boxes = [
            BoundingBox(west: 42, south: 33, east: 45, north: 34), BoundingBox(west: 170, south: -90, east: 41, north: 90),
            BoundingBox(west: 42.44, south: 33.8, east: 42.44, north: 33.8), BoundingBox(west: -10, south: 0, east: 10, north: 5),
            BoundingBox(west: -180, south: -90, east: 180, north: 90),
        ]
        for box in boxes {
            var search = EventSearch()
            search.boundingBox = box
            let expected = try sqlite.searchEvents(search).events.map(\.event.eventID)
            #expect(try spatial.searchEvents(search).events.map(\.event.eventID) == expected, "\(String(describing: box))")
            #expect(try plain.searchEvents(search).events.map(\.event.eventID) == expected, "\(String(describing: box))")
            #expect(try spatial.eventStatistics(search, actorLimit: 5).events == expected.count)
        }
    }
}
