import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import VigilModel
import VigilServer
import VigilStore
import VigilTestSupport

/// The API shows one row per real-world event: two outlets' reports of one air strike are one
/// canonical event with both sources, and reviewing it reviews both reports.
@Suite struct CanonicalEventRouteTests {
    /// The fixture's three events, plus another outlet's report of the air strike, linked to the
    /// first outlet's as `ce-doc-1-1` with the outlets' reconciled toll (2).
    func linkedFixture(_ backend: StoreBackend) throws -> ServerFixture {
        let fixture = try ServerFixture(backend)
        try fixture.seed()
        _ = try fixture.store.ingest(
            [incoming("doc-2", "Two soldiers were wounded when an armed drone hit the Ain al-Asad base west of Baghdad.", source: "Agency")],
            nearDuplicateThreshold: 0.8)
        let story = try #require(try fixture.store.document(id: "doc-2")).document.storyID
        let second = ServerFixture.event(
            "doc-2-1", "2023-11-06", .airDroneStrike, country: "Iraq", admin1: "Al Anbar", lat: 33.8, lon: 42.44,
            fatalities: 2, confidence: 0.8, claimed: false, actor1: "Islamic Resistance in Iraq")
        try fixture.store.saveExtraction(storyID: story, extractorVersion: "test", events: [second], tallies: [])
        var reconciled = try #require(try fixture.store.event(id: "doc-1-1"))
        reconciled.eventID = "ce-doc-1-1"
        reconciled.fatalities = 2
        try fixture.store.saveCanonicalEvents(
            [CanonicalEventRecord(id: "ce-doc-1-1", event: reconciled, reportIDs: ["doc-1-1", "doc-2-1"], documentIDs: ["doc-1", "doc-2"], detail: "{}")],
            replacingReports: [])
        return fixture
    }

    func events(_ response: TestResponse) throws -> [[String: Any]] {
        try #require(try response.json()["events"] as? [[String: Any]])
    }

    @Test(arguments: StoreBackend.available) func listingsShowEachRealEventOnceWithItsSources(_ backend: StoreBackend) async throws {
        let fixture = try linkedFixture(backend)
        defer { fixture.remove() }
        try await fixture.application().test(.router) { client in
            try await client.execute(uri: "/api/events", method: .get) { response throws in
                let listed = try events(response)
                #expect(listed.map { $0["event_id"] as? String } == ["doc-1-3", "doc-1-2", "ce-doc-1-1"])
                let strike = try #require(listed.last)
                #expect(strike["fatalities"] as? Int == 2)
                #expect(strike["report_count"] as? Int == 2)
                #expect(strike["source_count"] as? Int == 2)
                #expect(strike["source_names"] as? [String] == ["Agency", "Wire"])
                #expect(listed.first?["report_count"] as? Int == 1)
            }
            try await client.execute(uri: "/api/events?view=reports&sub_event_type=Air/drone+strike", method: .get) { response throws in
                #expect(try events(response).map { $0["event_id"] as? String } == ["doc-2-1", "doc-1-1"])
            }
            try await client.execute(uri: "/api/events?document=doc-2", method: .get) { response throws in
                #expect(try events(response).map { $0["event_id"] as? String } == ["ce-doc-1-1"])
            }
            try await client.execute(uri: "/api/events?view=everything", method: .get) { response throws in
                #expect(response.status == .badRequest)
                #expect(try response.errorParameter() == "view")
            }
            try await client.execute(uri: "/api/stats", method: .get) { response throws in
                let body = try response.json()
                #expect(body["events"] as? Int == 3)
                #expect(body["fatalities"] as? Int == 5)
            }
            try await client.execute(uri: "/api/stats?view=reports", method: .get) { response throws in
                #expect(try response.json()["events"] as? Int == 4)
            }
            try await client.execute(uri: "/api/export.csv?sub_event_type=Air/drone+strike", method: .get) { response throws in
                let lines = response.text.split(separator: "\r\n")
                #expect(lines.count == 2)
                #expect(lines.first?.hasSuffix(",report_count,source_count,source_names") == true)
                #expect(lines.last?.hasPrefix("ce-doc-1-1,2023-11-06") == true)
                #expect(lines.last?.hasSuffix(",2,2,Agency; Wire") == true)
            }
        }
    }

    @Test(arguments: StoreBackend.available) func detailListsTheReportsAndEverySource(_ backend: StoreBackend) async throws {
        let fixture = try linkedFixture(backend)
        defer { fixture.remove() }
        try await fixture.application().test(.router) { client in
            try await client.execute(uri: "/api/events/ce-doc-1-1", method: .get) { response throws in
                #expect(response.status == .ok)
                let body = try response.json()
                #expect(body["reports"] as? [String] == ["doc-1-1", "doc-2-1"])
                #expect(Set((body["sources"] as? [[String: Any]] ?? []).compactMap { $0["source"] as? String }) == ["Agency", "Wire"])
                #expect((body["article"] as? [String: Any])?["id"] as? String == "doc-1")
                #expect((body["event"] as? [String: Any])?["fatalities"] as? Int == 2)
            }
            try await client.execute(uri: "/api/events/doc-2-1", method: .get) { response throws in
                let body = try response.json()
                #expect(body["reports"] as? [String] == ["doc-2-1"])
                #expect((body["event"] as? [String: Any])?["source_count"] as? Int == 2)
            }
        }
    }

    @Test(arguments: StoreBackend.available) func reviewingTheEventReviewsEveryReport(_ backend: StoreBackend) async throws {
        let fixture = try linkedFixture(backend)
        defer { fixture.remove() }
        try await fixture.application().test(.router) { client in
            try await client.execute(
                uri: "/api/events/ce-doc-1-1", method: .patch, headers: fixture.jsonAuth,
                body: try .json(["fatalities": 4, "note": "both outlets agree on four"])
            ) { response throws in
                #expect(response.status == .ok)
                let body = try response.json()
                #expect(body["event_id"] as? String == "ce-doc-1-1")
                #expect(body["fatalities"] as? Int == 4)
            }
            for report in ["doc-1-1", "doc-2-1"] {
                #expect(try fixture.store.event(id: report)?.fatalities == 4, "\(report)")
            }
            try await client.execute(
                uri: "/api/events/ce-doc-1-1/merge", method: .post, headers: fixture.jsonAuth, body: try .json(["into": "doc-2-1"])
            ) { response throws in
                #expect(response.status == .conflict)
                #expect(response.text.contains("is a report of ce-doc-1-1 itself"))
            }
            #expect(try fixture.store.reviewedEvent(id: "doc-1-1")?.review.status == .unreviewed)
            try await client.execute(uri: "/api/events/ce-doc-1-1/reject", method: .post, headers: fixture.jsonAuth, body: try .json([:])) { response throws in
                #expect(response.status == .ok)
                #expect((try response.json()["review"] as? [String: Any])?["status"] as? String == "rejected")
            }
            for report in ["doc-1-1", "doc-2-1"] {
                #expect(try fixture.store.reviewedEvent(id: report)?.review.status == .rejected, "\(report)")
            }
            try await client.execute(uri: "/api/events", method: .get) { response throws in
                #expect(try events(response).map { $0["event_id"] as? String } == ["doc-1-3", "doc-1-2"])
            }
            try await client.execute(uri: "/api/events/ce-doc-1-1", method: .get) { response throws in
                let history = try #require(try response.json()["history"] as? [[String: Any]])
                #expect(Set(history.compactMap { $0["subject"] as? String }) == ["doc-1-1", "doc-2-1"])
                #expect(history.count == 4)
            }
            try await client.execute(uri: "/api/events?view=reports&review_status=rejected", method: .get) { response throws in
                #expect(try events(response).allSatisfy { $0["report_count"] as? Int == 2 })
            }
        }
    }
}
