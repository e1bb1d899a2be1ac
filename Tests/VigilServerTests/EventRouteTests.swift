import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import VigilTestSupport
import VigilModel
import VigilServer
import VigilStore

@Suite struct EventRouteTests {
    func ids(_ response: TestResponse) throws -> [String] {
        try #require(try response.json()["events"] as? [[String: Any]]).compactMap { $0["event_id"] as? String }
    }

    @Test(arguments: StoreBackend.available) func filtersNarrowTheListing(_ backend: StoreBackend) async throws {
        let fixture = try ServerFixture(backend)
        defer { fixture.remove() }
        try fixture.seed()
        try await fixture.application().test(.router) { client in
            let cases: [(String, [String])] = [
                ("/api/events", ["doc-1-3", "doc-1-2", "doc-1-1"]),
                ("/api/events?country=Iraq", ["doc-1-3", "doc-1-1"]),
                ("/api/events?country=Iraq,Syria&sort=event_date", ["doc-1-1", "doc-1-2", "doc-1-3"]),
                ("/api/events?from=2023-11-07&to=2023-11-07", ["doc-1-2"]),
                ("/api/events?bbox=39,34,41,36", ["doc-1-2"]),
                ("/api/events?admin1=Al%20Anbar", ["doc-1-1"]),
                ("/api/events?event_type=Protests", ["doc-1-3"]),
                ("/api/events?sub_event_type=Air%2Fdrone%20strike", ["doc-1-1"]),
                ("/api/events?sub_event_type=Air/drone+strike&actor=Islamic+Resistance", ["doc-1-1"]),
                ("/api/events?actor=Islamic%2BResistance", []),
                ("/api/events?actor=resistance", ["doc-1-1"]),
                ("/api/events?q=military", ["doc-1-2"]),
                ("/api/events?q=nowhere", []),
                ("/api/events?q=drones", ["doc-1-3", "doc-1-2", "doc-1-1"]),
                ("/api/events?min_confidence=0.8", ["doc-1-1"]),
                ("/api/events?claimed=true", ["doc-1-1"]),
                ("/api/events?claimed=false&sort=-fatalities", ["doc-1-2", "doc-1-3"]),
                ("/api/events?sort=review", ["doc-1-2", "doc-1-1", "doc-1-3"]),
                ("/api/events?review_status=approved", []),
                ("/api/events?document=doc-1&limit=1", ["doc-1-3"]),
            ]
            for (uri, expected) in cases {
                try await client.execute(uri: uri, method: .get) { response throws in
                    #expect(response.status == .ok, "\(uri)")
                    #expect(try ids(response) == expected, "\(uri)")
                }
            }
        }
    }

    @Test(arguments: StoreBackend.available) func badParametersAre400sNamingTheParameter(_ backend: StoreBackend) async throws {
        let fixture = try ServerFixture(backend)
        defer { fixture.remove() }
        try await fixture.application().test(.router) { client in
            let cases: [(String, String)] = [
                ("/api/events?from=2023-13-01", "from"),
                ("/api/events?to=yesterday", "to"),
                ("/api/events?from=2023-11-08&to=2023-11-01", "to"),
                ("/api/events?bbox=1,2,3", "bbox"),
                ("/api/events?bbox=0,50,10,40", "bbox"),
                ("/api/events?event_type=Skirmish", "event_type"),
                ("/api/events?sub_event_type=Raid", "sub_event_type"),
                ("/api/events?min_confidence=2", "min_confidence"),
                ("/api/events?claimed=maybe", "claimed"),
                ("/api/events?review_status=done", "review_status"),
                ("/api/events?sort=random", "sort"),
                ("/api/events?limit=0", "limit"),
                ("/api/events?limit=5000", "limit"),
                ("/api/events?cursor=not-a-cursor", "cursor"),
                ("/api/events?colour=red", "colour"),
                ("/api/events?to=", "to"),
                ("/api/events?event_type=", "event_type"),
                ("/api/events?bbox=", "bbox"),
                ("/api/documents?offset=-1", "offset"),
                ("/api/stats?actors=abc", "actors"),
                ("/api/export.csv?from=2023-02-30", "from"),
            ]
            for (uri, parameter) in cases {
                try await client.execute(uri: uri, method: .get) { response throws in
                    #expect(response.status == .badRequest, "\(uri)")
                    let error = try #require(try response.json()["error"] as? [String: Any])
                    let name = error["parameter"] as? String
                    let message = error["message"] as? String ?? ""
                    #expect(name == parameter, "\(uri)")
                    #expect(!message.isEmpty)
                }
            }
            try await client.execute(uri: "/api/events/nope", method: .get) { response throws in
                #expect(response.status == .notFound)
                let parameterName = try response.errorParameter()
                #expect(parameterName != "")
            }
        }
    }

    @Test(arguments: StoreBackend.available) func cursorPaginationWalksTenThousandEventsOnce(_ backend: StoreBackend) async throws {
        let fixture = try ServerFixture(backend)
        defer { fixture.remove() }
        let story = try fixture.document("bulk", "Ten thousand reports of shelling along the front line.")
        let start = CalendarDay(iso: "2023-01-01")!
        var events: [Event] = []
        for i in 0..<10_000 {
            let type: SubEventType = i % 2 == 0 ? .shellingArtilleryMissileAttack : .armedClash
            let country = i % 3 == 0 ? "Ukraine" : "Russia"
            let confidence = Double(i % 100) / 100
            events.append(ServerFixture.event(
                "bulk-\(i)", start.adding(days: i % 365).description, type, country: country, admin1: "Region \(i % 7)",
                lat: 48, lon: 37, fatalities: i % 5, confidence: confidence, claimed: i % 4 == 0, actor1: "Actor \(i % 11)"))
        }
        try fixture.store.saveExtraction(storyID: story, extractorVersion: "test", events: events, tallies: [])
        try await fixture.application().test(.router) { client in
            let walks: [(String, Int, String)] = [
                ("limit=1000", 10_000, "event_date"), ("limit=700&country=Ukraine&sort=-fatalities", 3334, "fatalities"),
                ("limit=999&sort=review", 10_000, ""),
            ]
            for (query, expected, sorted) in walks {
                var seen = Set<String>()
                var cursor: String?
                var pages = 0
                var keys: [String] = []
                repeat {
                    let uri = "/api/events?\(query)" + (cursor.map { "&cursor=\($0)" } ?? "")
                    let body = try await client.execute(uri: uri, method: .get) { response throws in
                        #expect(response.status == .ok)
                        return try response.json()
                    }
                    let events = body["events"] as? [[String: Any]] ?? []
                    for event in events {
                        let id = event["event_id"] as? String ?? ""
                        #expect(seen.insert(id).inserted, "event \(id) listed twice")
                        if sorted == "fatalities" {
                            keys.append(String(event["fatalities"] as? Int ?? -1))
                        } else if sorted == "event_date" {
                            keys.append(event["event_date"] as? String ?? "")
                        }
                    }
                    cursor = body["next_cursor"] as? String
                    pages += 1
                } while cursor != nil && pages < 100
                #expect(keys == keys.sorted(by: >), "\(query) out of order")
                #expect(seen.count == expected, "\(query)")
            }
        }
    }

    @Test(arguments: StoreBackend.available) func detailCarriesArticleEvidenceAndSources(_ backend: StoreBackend) async throws {
        let fixture = try ServerFixture(backend)
        defer { fixture.remove() }
        try fixture.seed()
        try await fixture.application().test(.router) { client in
            try await client.execute(uri: "/api/events/doc-1-1", method: .get) { response throws in
                #expect(response.status == .ok)
                let body = try response.json()
                let event = try #require(body["event"] as? [String: Any])
                #expect(event["location"] as? String == "Al Anbar")
                #expect((event["review"] as? [String: Any])?["status"] as? String == "unreviewed")
                let evidence = try #require(event["evidence"] as? [[String: Any]])
                #expect(evidence.first?["text"] as? String == "Drones struck")
                let article = try #require(body["article"] as? [String: Any])
                #expect((article["text"] as? String)?.hasPrefix("Drones struck") == true)
                #expect((body["sources"] as? [[String: Any]])?.first?["source"] as? String == "Wire")
                let listed = try await client.execute(uri: "/api/events?claimed=true", method: .get) { listing throws in
                    try #require(try listing.json()["events"] as? [[String: Any]]).first
                }
                let differing = Set(event.keys).union(listed?.keys ?? [:].keys).filter { key in
                    let a = try? JSONSerialization.data(withJSONObject: [event[key] ?? NSNull()], options: [.sortedKeys])
                    let b = try? JSONSerialization.data(withJSONObject: [listed?[key] ?? NSNull()], options: [.sortedKeys])
                    return a != b
                }
                #expect(differing.isEmpty, "a listing and the detail differ in \(differing.sorted())")
            }
        }
    }

    @Test(arguments: StoreBackend.available) func statsAndExportsFollowTheFilters(_ backend: StoreBackend) async throws {
        let fixture = try ServerFixture(backend)
        defer { fixture.remove() }
        try fixture.seed()
        try await fixture.application().test(.router) { client in
            try await client.execute(uri: "/api/stats?country=Iraq", method: .get) { response throws in
                let body = try response.json()
                #expect(body["events"] as? Int == 2)
                #expect((body["by_day"] as? [[String: Any]])?.count == 2)
                #expect((body["by_actor"] as? [[String: Any]])?.count == 2)
            }
            try await client.execute(uri: "/api/export.csv?country=Syria", method: .get) { response throws in
                let lines = response.text.split(separator: "\r\n")
                #expect(lines.count == 2)
                #expect(lines.first?.hasPrefix("event_id,event_date,time_precision,disorder_type,event_type") == true)
                #expect(lines.last?.hasPrefix("doc-1-2,2023-11-07") == true)
            }
            try await client.execute(uri: "/api/export.geojson", method: .get) { response throws in
                #expect(response.headers[.contentType] == "application/geo+json")
                let body = try response.json()
                #expect((body["features"] as? [[String: Any]])?.count == 3)
            }
            try await client.execute(uri: "/api/export.json?claimed=true", method: .get) { response throws in
                let array = try JSONSerialization.jsonObject(with: Data(response.body.readableBytesView)) as? [[String: Any]]
                #expect(array?.map { $0["event_id"] as? String } == ["doc-1-1"])
            }
            try await client.execute(uri: "/healthz", method: .get) { response throws in
                #expect(response.status == .ok)
                #expect(try response.json()["events"] as? Int == 3)
            }
        }
    }
}
