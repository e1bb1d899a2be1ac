import Foundation
import Testing
import VigilModel
import VigilStore
import VigilTestSupport

/// The store's behaviour, the same on every backend (SQLite, and PostgreSQL when configured).
@Suite struct StoreTests {
    static let backends = StoreBackend.available

    let clash = Event(
        docID: "a", eventID: "a-1", eventDate: CalendarDay(year: 2024, month: 1, day: 1)!, timePrecision: .day,
        subEventType: .armedClash, actor1: "Unidentified Armed Group (Pakistan)", inter1: .politicalMilitias,
        fatalities: 2, confidence: 0.8)

    static let postgresUnavailable: Comment = "VIGIL_TEST_POSTGRES_URL is not set: the PostgreSQL backend is unavailable (make test starts one)"

    @Test(.disabled(if: StoreBackend.postgresURL == nil, postgresUnavailable))
    func postgresBackendIsAvailable() throws {
        let (store, cleanUp) = try StoreBackend.postgres.makeStore()
        defer { cleanUp() }
        #expect(try store.stats().documents == 0)
    }

    @Test(arguments: backends)
    func fullTextSearchFindsWordsIgnoringAccents(_ backend: StoreBackend) throws {
        let (store, cleanUp) = try backend.makeStore()
        defer { cleanUp() }
        _ = try store.ingest([
            incoming("a", "Protesters gathered in Bogotá to denounce police violence."),
            incoming("b", "Shelling hit the outskirts of Donetsk overnight."),
        ], nearDuplicateThreshold: 0.8)
        #expect(try store.searchDocuments("bogota police", limit: 10).map(\.id) == ["a"])
        #expect(try store.searchDocuments("BOGOTÁ", limit: 10).map(\.id) == ["a"])
        #expect(try store.searchDocuments("shell", limit: 10).map(\.id) == ["b"])
        #expect(try store.searchDocuments("\"unbalanced AND (", limit: 10).isEmpty)
        #expect(try store.searchDocuments("'; DROP TABLE documents; --", limit: 10).isEmpty)
        #expect(try store.stats().documents == 2)
    }

    /// A one-letter word matches itself only, a long query is cut to its first 16 words, and a
    /// document of megabytes is shown by its opening: no search can keep the database busy for minutes.
    @Test(arguments: backends)
    func searchWorkIsBounded(_ backend: StoreBackend) throws {
        let (store, cleanUp) = try backend.makeStore()
        defer { cleanUp() }
        let long = "Artillery shelled the district again. " + String(repeating: "Another attack was reported at dawn and at dusk. ", count: 8_000)
        _ = try store.ingest([
            incoming("a", "Attackers ambushed a convoy near Mopti."),
            incoming("b", "Troops advanced along the river at dawn."),
            incoming("long", long),
        ], nearDuplicateThreshold: 0.8)
        #expect(try store.searchDocuments("a", limit: 10).map(\.id) == ["a"])
        #expect(Set(try store.searchDocuments("at", limit: 10).map(\.id)) == ["b", "long"])
        #expect(Set(try store.searchDocuments("att", limit: 10).map(\.id)) == ["a", "long"])
        // The words past the 16th are ignored: "zzz" would match nothing.
        let many = Array(repeating: "convoy", count: 16).joined(separator: " ") + " " + Array(repeating: "zzz", count: 2_000).joined(separator: " ")
        #expect(try store.searchDocuments(many, limit: 10).map(\.id) == ["a"])
        #expect(SearchTerms(many)?.words.count == SearchTerms.maximumWords)
        let snippet = try #require(try store.searchDocuments("shelled", limit: 10).first).snippet
        #expect(snippet.hasPrefix("Artillery shelled the district again."))
        #expect(snippet.count < 200)
    }

    @Test(arguments: backends)
    func exactDuplicatesAddASourceAndNearDuplicatesJoinTheStory(_ backend: StoreBackend) throws {
        let (store, cleanUp) = try backend.makeStore()
        defer { cleanUp() }
        let body = """
            Militants attacked a police checkpoint in Bannu district on Monday night, killing two officers and \
            wounding three others, officials said. The attackers fled after an exchange of fire lasting an hour, \
            and security forces launched a search operation in the surrounding villages on Tuesday morning.
            """
        let outcomes = try store.ingest([
            incoming("a", body, source: "Dawn", url: "https://dawn.example/a"),
            incoming("b", body, source: "Geo", url: "https://geo.example/b"),
            incoming("c", body.replacingOccurrences(of: "surrounding", with: "nearby"), source: "ARY"),
        ], nearDuplicateThreshold: 0.8)
        #expect(outcomes[0] == .new(documentID: "a"))
        #expect(outcomes[1] == .duplicate(documentID: "b", existingID: "a"))
        guard case .nearDuplicate("c", "a", let similarity) = outcomes[2] else {
            Issue.record("expected c to join story a, got \(outcomes[2])")
            return
        }
        #expect(similarity >= 0.8)
        let stored = try #require(try store.document(id: "a"))
        #expect(stored.sources.map(\.source).sorted() == ["Dawn", "Geo"])
        #expect(stored.storyDocuments.map(\.id) == ["c"])
        #expect(try store.ingest([incoming("a", body)], nearDuplicateThreshold: 0.8) == [.duplicate(documentID: "a", existingID: "a")])
        let stats = try store.stats()
        #expect((stats.documents, stats.sources, stats.stories, stats.storiesPending) == (2, 4, 1, 1))  // a: Dawn, Geo, Wire; c: ARY
        #expect(try store.documents(limit: 10, offset: 0).map(\.id).sorted() == ["a", "c"])
        #expect(try store.pendingStories(extractorVersion: "v1", limit: 10).map(\.id) == ["a"])
    }

    @Test(arguments: backends)
    func extractionsReplaceEarlierOnesAndStoriesLeaveThePendingList(_ backend: StoreBackend) throws {
        let (store, cleanUp) = try backend.makeStore()
        defer { cleanUp() }
        _ = try store.ingest([incoming("a", "Militants attacked a police post in Bannu on Monday, killing two officers.")], nearDuplicateThreshold: 0.8)
        #expect(try store.pendingStories(extractorVersion: "v1", limit: 10).map(\.id) == ["a"])
        try store.saveExtraction(storyID: "a", extractorVersion: "v1", events: [clash, clash.with(id: "a-2")], tallies: [])
        try store.saveExtraction(storyID: "a", extractorVersion: "v1", events: [clash], tallies: [])
        #expect(try store.events(EventQuery()).map(\.eventID) == ["a-1"])
        #expect(try store.event(id: "a-1") == clash)
        #expect(try store.events(EventQuery(subEventType: .armedClash, actor: "pakistan")).count == 1)
        #expect(try store.events(EventQuery(actor: "%")).isEmpty == false)
        #expect(try store.events(EventQuery(actor: "' OR 1=1 --")).isEmpty)
        #expect(try store.events(EventQuery(documentID: "a")).count == 1)
        #expect(try store.events(EventQuery(from: CalendarDay(year: 2024, month: 2, day: 1)!)).isEmpty)
        #expect(try store.events(EventQuery(eventType: .protests)).isEmpty)
        #expect(try store.events(EventQuery(limit: 1, offset: 1)).isEmpty)
        #expect(try store.pendingStories(extractorVersion: "v1", limit: 10).isEmpty)
        #expect(try store.pendingStories(extractorVersion: "v2", limit: 10).count == 1)
        #expect(try store.stats().events == 1)
        try store.markAllStoriesPending()
        #expect(try store.pendingStories(extractorVersion: "v1", limit: 10).count == 1)
    }

    @Test(arguments: backends)
    func sameIdWithOtherTextIsRejectedAndNothingIsOverwritten(_ backend: StoreBackend) throws {
        let (store, cleanUp) = try backend.makeStore()
        defer { cleanUp() }
        _ = try store.ingest([incoming("a", "Rioters torched a bus in Dhaka.")], nearDuplicateThreshold: 0.8)
        let outcomes = try store.ingest([incoming("a", "A different article entirely about floods.")], nearDuplicateThreshold: 0.8)
        guard case .rejected(_, let reason) = outcomes.first else {
            Issue.record("expected a rejection, got \(outcomes)")
            return
        }
        #expect(reason.contains("already stored with different text"))
        #expect(try store.document(id: "a")?.document.text == "Rioters torched a bus in Dhaka.")
    }

    @Test(arguments: backends)
    func customPlacesAreSavedAndReplacedByName(_ backend: StoreBackend) throws {
        let (store, cleanUp) = try backend.makeStore()
        defer { cleanUp() }
        try store.saveCustomPlace(CustomPlace(name: "Camp Alpha", latitude: 1, longitude: 2, country: "Somalia"))
        try store.saveCustomPlace(CustomPlace(name: "Camp Alpha", latitude: 2.5, longitude: 45.1, country: "Somalia", aliases: ["Alpha Base"]))
        #expect(try store.customPlaces().map(\.latitude) == [2.5])
    }

    @Test(arguments: backends)
    func canonicalEventsAreReplacedByTheirReports(_ backend: StoreBackend) throws {
        let (store, cleanUp) = try backend.makeStore()
        defer { cleanUp() }
        _ = try store.ingest([incoming("a", "Militants attacked a police post in Bannu on Monday, killing two officers.")], nearDuplicateThreshold: 0.8)
        try store.saveExtraction(storyID: "a", extractorVersion: "v1", events: [clash, clash.with(id: "a-2")], tallies: [])
        try store.saveLinkContexts(["a-1": "Militants attacked a police post."])
        #expect(try store.unlinkedReports().map(\.event.eventID) == ["a-1", "a-2"])
        #expect(try store.unlinkedReportDays() == ["a-1": clash.eventDate, "a-2": clash.eventDate])
        #expect(try store.linkReports(from: clash.eventDate, to: clash.eventDate).first?.context == "Militants attacked a police post.")
        let record = CanonicalEventRecord(id: "ce-1", event: clash, reportIDs: ["a-1", "a-2"], documentIDs: ["a"], detail: "{}")
        try store.saveCanonicalEvents([record], replacingReports: ["a-1"])
        try store.saveCanonicalEvents([record], replacingReports: ["a-1", "a-2"])
        #expect(try store.unlinkedReports().isEmpty)
        #expect(try store.canonicalEvents(EventQuery()) == [record])
        #expect(try store.canonicalEvents(EventQuery(documentID: "a")).map(\.id) == ["ce-1"])
        #expect(try store.canonicalEvent(id: "a-2")?.id == "ce-1")
        try store.saveLinkDecision(LinkDecisionRecord(kind: "split", groups: [["a-1"], ["a-2"]], reviewer: "r", decidedAt: "2024-01-02T00:00:00Z", note: ""))
        #expect(try store.linkDecisions().map(\.groups) == [[["a-1"], ["a-2"]]])
        // Re-extraction drops a report: its canonical event goes, and the other report is unlinked again.
        try store.saveExtraction(storyID: "a", extractorVersion: "v2", events: [clash], tallies: [])
        #expect(try store.unlinkedReports().map(\.event.eventID) == ["a-1"])
        #expect(try store.unlinkedReportDays() == ["a-1": clash.eventDate])
        #expect(try store.canonicalEvents(EventQuery()).isEmpty)
    }

    @Test(arguments: backends)
    func claimedStoriesAreHandedOutOnceUntilSaved(_ backend: StoreBackend) throws {
        let (store, cleanUp) = try backend.makeStore()
        defer { cleanUp() }
        _ = try store.ingest((1...5).map { incoming("d\($0)", "Report number \($0) about shelling in town \($0) with \($0 * 7) casualties.") }, nearDuplicateThreshold: 0.8)
        let first = try store.claimStories(extractorVersion: "v1", owner: "w1", limit: 3, leaseSeconds: 60)
        #expect(first.map(\.id) == ["d1", "d2", "d3"])
        for document in first {
            try store.saveExtraction(storyID: document.storyID, extractorVersion: "v1", events: [], tallies: [])
        }
        #expect(try store.claimStories(extractorVersion: "v1", owner: "w2", limit: 10, leaseSeconds: 60).map(\.id) == ["d4", "d5"])
        if backend == .postgres {
            // Leased to w2: nobody else gets them until the lease expires.
            #expect(try store.claimStories(extractorVersion: "v1", owner: "w3", limit: 10, leaseSeconds: 60).isEmpty)
        }
    }

    @Test(.disabled(if: StoreBackend.postgresURL == nil, postgresUnavailable))
    func anExpiredLeaseIsClaimedAgain() throws {
        let (store, cleanUp) = try StoreBackend.postgres.makeStore()
        defer { cleanUp() }
        _ = try store.ingest([incoming("a", "Rioters torched a bus in Dhaka.")], nearDuplicateThreshold: 0.8)
        #expect(try store.claimStories(extractorVersion: "v1", owner: "dead", limit: 10, leaseSeconds: 0).map(\.id) == ["a"])
        Thread.sleep(forTimeInterval: 0.05)
        #expect(try store.claimStories(extractorVersion: "v1", owner: "alive", limit: 10, leaseSeconds: 60).map(\.id) == ["a"])
    }

    @Test(.disabled(if: StoreBackend.postgresURL == nil, postgresUnavailable))
    func concurrentClaimsNeverShareAStory() async throws {
        let (seed, cleanUp) = try StoreBackend.postgres.makeStore()
        defer { cleanUp() }
        _ = try seed.ingest((1...200).map { incoming("d\($0)", "Report \($0): clashes in district \($0), \($0 + 3) dead.") }, nearDuplicateThreshold: 0.8)
        let location = try #require((seed as? PostgresStore)?.location)
        let claims = try await withThrowingTaskGroup(of: [String].self) { group in
            for worker in 0..<4 {
                group.addTask {
                    let store = try PostgresStore(url: location)
                    var mine: [String] = []
                    while true {
                        let batch = try store.claimStories(extractorVersion: "v1", owner: "w\(worker)", limit: 7, leaseSeconds: 60)
                        if batch.isEmpty { return mine }
                        for document in batch {
                            try store.saveExtraction(storyID: document.storyID, extractorVersion: "v1", events: [], tallies: [])
                        }
                        mine += batch.map(\.id)
                    }
                }
            }
            return try await group.reduce(into: [String]()) { $0 += $1 }
        }
        #expect(claims.count == 200)
        #expect(Set(claims).count == 200)
        #expect(try seed.stats().storiesPending == 0)
    }

    @Test(.disabled(if: StoreBackend.postgresURL == nil, postgresUnavailable))
    func aSQLiteProjectIsCopiedToPostgresWithNothingLost() throws {
        let (sqlite, removeSQLite) = try StoreBackend.sqlite.makeStore()
        defer { removeSQLite() }
        let (postgres, _) = try StoreBackend.postgres.makeStore()
        _ = try sqlite.ingest([
            incoming("a", "Militants attacked a police post in Bannu on Monday, killing two officers.", source: "Dawn"),
            incoming("b", "Militants attacked a police post in Bannu on Monday, killing two officers.", source: "Geo"),
            incoming("c", "Protesters gathered in Bogotá to denounce police violence."),
        ], nearDuplicateThreshold: 0.8)
        try sqlite.saveExtraction(storyID: "a", extractorVersion: "v1", events: [clash], tallies: [])
        try sqlite.saveCanonicalEvents(
            [CanonicalEventRecord(id: "ce-1", event: clash, reportIDs: ["a-1"], documentIDs: ["a"], detail: "{}")],
            replacingReports: ["a-1"])
        try sqlite.saveCustomPlace(CustomPlace(name: "Camp Alpha", latitude: 1, longitude: 2, country: "Somalia"))
        let source = try #require(sqlite as? SQLiteStore)
        var edited = clash
        edited.fatalities = 3
        _ = try source.editEvent(edited, by: "alice", note: "")
        try source.saveToken(name: "alice", hash: "hash-a")
        let target = try #require(postgres as? PostgresStore)
        let tables = try target.copy(from: try #require(sqlite as? SQLiteStore))
        #expect(tables.filter { !$0.matches }.isEmpty)
        #expect(tables.first { $0.table == "document_sources" }?.rows == 3)
        #expect(try postgres.document(id: "a") == sqlite.document(id: "a"))
        #expect(try postgres.events(EventQuery()) == sqlite.events(EventQuery()))
        #expect(try postgres.canonicalEvents(EventQuery()) == sqlite.canonicalEvents(EventQuery()))
        #expect(try postgres.stats() == sqlite.stats())
        #expect(try postgres.searchDocuments("bogota", limit: 5).map(\.id) == ["c"])
        #expect(try target.reviewedEvent(id: "a-1") == source.reviewedEvent(id: "a-1"))
        #expect(try target.auditLog(subject: nil, limit: 10) == source.auditLog(subject: nil, limit: 10))
        #expect(try target.tokenName(hash: "hash-a") == "alice")
        #expect(throws: StoreError.self) { try target.copy(from: source) }
    }
}
