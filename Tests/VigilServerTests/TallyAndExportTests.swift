import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import VigilTestSupport
import VigilModel
import VigilServer
import VigilStore

@Suite struct TallyAndExportTests {
    @Test(arguments: StoreBackend.available) func talliesAreComparedWithTheEventsOfTheirPeriodAndPlaces(_ backend: StoreBackend) async throws {
        let fixture = try ServerFixture(backend)
        defer { fixture.remove() }
        try fixture.seed()
        let story = try #require(try fixture.store.document(id: "doc-1")).document.storyID
        let events = try fixture.store.events(EventQuery(limit: 10))
        let tally = Tally(
            docID: "doc-1", tallyID: "doc-1-t1", reporter: "Pentagon", counted: "attacks", target: "US troops", count: 4,
            since: CalendarDay(iso: "2023-11-01"), until: CalendarDay(iso: "2023-11-30"),
            breakdown: [.init(country: "Iraq", iso3: "IRQ", count: 3), .init(country: "Syria", iso3: "SYR", count: 1)])
        try fixture.store.saveExtraction(storyID: story, extractorVersion: "test", events: events, tallies: [tally])
        // Tallies are compared with the canonical events (what linking makes of the reports), as in `vigil tallies`.
        let canonical = events.map { event in
            var aimed = event
            aimed.actor2 = "Military Forces of the United States (2021-)"
            return CanonicalEventRecord(id: "ce-" + event.eventID, event: aimed, reportIDs: [event.eventID], documentIDs: [event.docID], detail: "{}")
        }
        try fixture.store.saveCanonicalEvents(canonical, replacingReports: events.map(\.eventID))
        try await fixture.application().test(.router) { client in
            let body = try await client.execute(uri: "/api/tallies", method: .get) { response throws in try response.json() }
            let row = try #require((body["tallies"] as? [[String: Any]])?.first)
            // The Baghdad protest is not an attack: Iraq has one, Syria one.
            #expect(row["summary"] as? String == "Pentagon: 4 attacks on US troops since 2023-11-01 until 2023-11-30 (Iraq 3, Syria 1); Vigil: 2 events, 2 attacks (Iraq 1, Syria 1)")
            #expect(row["recorded"] as? Int == 2)
            #expect(row["coverage"] as? Double == 0.5)
            let parts = row["parts"] as? [[String: Any]] ?? []
            #expect(parts.map { $0["recorded"] as? Int } == [1, 1])
        }
    }

    @Test(arguments: StoreBackend.available) func idsWithReservedCharactersArePercentEncodedInPaths(_ backend: StoreBackend) async throws {
        let fixture = try ServerFixture(backend)
        defer { fixture.remove() }
        let story = try fixture.document("tag:wire.example,2024:a/b", "Shelling hit Kharkiv overnight, officials said.")
        let event = ServerFixture.event(
            "tag:wire.example,2024:a/b-1", "2024-11-14", .shellingArtilleryMissileAttack, country: "Ukraine", admin1: "Kharkiv",
            lat: 49.98, lon: 36.25, fatalities: 0, confidence: 0.6, claimed: false, actor1: "Military Forces of Russia (2000-)")
        try fixture.store.saveExtraction(storyID: story, extractorVersion: "test", events: [event], tallies: [])
        try await fixture.application().test(.router) { client in
            let encoded = "tag%3Awire.example%2C2024%3Aa%2Fb-1"
            try await client.execute(uri: "/api/events/\(encoded)", method: .get) { response throws in
                #expect(response.status == .ok)
            }
            try await client.execute(uri: "/api/events/\(encoded)/approve", method: .post, headers: fixture.auth) { response throws in
                #expect(response.status == .ok)
            }
            try await client.execute(uri: "/api/documents/tag%3Awire.example%2C2024%3Aa%2Fb", method: .get) { response throws in
                #expect(response.status == .ok)
            }
            try await client.execute(uri: "/api/export.csv", method: .get) { response throws in
                let lines = response.text.split(separator: "\r\n")
                #expect(lines.last?.hasPrefix("\"tag:wire.example,2024:a/b-1\",2024-11-14,") == true)
            }
        }
    }

    @Test(arguments: StoreBackend.available) func rejectedEventsLeaveListingsAndExportsUnlessAsked(_ backend: StoreBackend) async throws {
        let fixture = try ServerFixture(backend)
        defer { fixture.remove() }
        try fixture.seed()
        try await fixture.application().test(.router) { client in
            try await client.execute(uri: "/api/events/doc-1-2/reject", method: .post, headers: fixture.auth) { response throws in
                #expect(response.status == .ok)
            }
            let exported = try await client.execute(uri: "/api/export.json", method: .get) { response throws in
                try JSONSerialization.jsonObject(with: Data(response.body.readableBytesView)) as? [[String: Any]] ?? []
            }
            #expect(exported.map { $0["event_id"] as? String } == ["doc-1-3", "doc-1-1"])
            let all = try await client.execute(uri: "/api/events?review_status=all", method: .get) { response throws in
                try response.json()["count"] as? Int
            }
            #expect(all == 3)
            let rejected = try await client.execute(uri: "/api/events?review_status=rejected", method: .get) { response throws in
                try response.json()["count"] as? Int
            }
            #expect(rejected == 1)
        }
    }
}
