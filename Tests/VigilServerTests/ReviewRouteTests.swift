import Foundation
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing
import VigilTestSupport
import VigilModel
import VigilServer
import VigilStore

@Suite struct ReviewRouteTests {
    @Test(arguments: StoreBackend.available) func writesNeedAValidToken(_ backend: StoreBackend) async throws {
        let fixture = try ServerFixture(backend)
        defer { fixture.remove() }
        try fixture.seed()
        try await fixture.application().test(.router) { client in
            let writes: [(String, HTTPRequest.Method)] = [
                ("/api/events/doc-1-1/approve", .post), ("/api/events/doc-1-1/reject", .post),
                ("/api/events/doc-1-1", .patch), ("/api/events/doc-1-1/merge", .post),
                ("/api/events/doc-1-1/split", .post), ("/api/documents", .post), ("/api/whoami", .get),
            ]
            for (uri, method) in writes {
                try await client.execute(uri: uri, method: method, body: try .json(["note": "x"])) { response throws in
                    #expect(response.status == .unauthorized, "\(method) \(uri)")
                }
                try await client.execute(uri: uri, method: method, headers: [.authorization: "Bearer vgl_wrong"]) { response throws in
                    #expect(response.status == .unauthorized, "\(method) \(uri) with a wrong token")
                }
            }
            try await client.execute(uri: "/api/whoami", method: .get, headers: fixture.auth) { response throws in
                #expect(try response.json()["name"] as? String == "tester")
            }
            try await client.execute(uri: "/api/events", method: .get) { response throws in
                #expect(response.status == .ok)
            }
        }
        try await fixture.application(readsRequireToken: true).test(.router) { client in
            try await client.execute(uri: "/api/events", method: .get) { response throws in
                #expect(response.status == .unauthorized)
            }
            try await client.execute(uri: "/api/events", method: .get, headers: fixture.auth) { response throws in
                #expect(response.status == .ok)
            }
        }
    }

    @Test(arguments: StoreBackend.available) func editsAndDecisionsAreAuditedAndSurviveReExtraction(_ backend: StoreBackend) async throws {
        let fixture = try ServerFixture(backend)
        defer { fixture.remove() }
        try fixture.seed()
        try await fixture.application().test(.router) { client in
            try await client.execute(
                uri: "/api/events/doc-1-2", method: .patch, headers: fixture.jsonAuth,
                body: try .json(["fatalities": 5, "sub_event_type": "Shelling/artillery/missile attack", "note": "per the second paragraph"])
            ) { response throws in
                #expect(response.status == .ok)
                let body = try response.json()
                #expect(body["fatalities"] as? Int == 5)
                #expect(body["event_type"] as? String == "Explosions/Remote violence")
                #expect((body["review"] as? [String: Any])?["edited_fields"] as? [String] == ["event_type", "fatalities", "sub_event_type"])
            }
            try await client.execute(uri: "/api/events/doc-1-1/approve", method: .post, headers: fixture.auth) { response throws in
                #expect(response.status == .ok)
                #expect((try response.json()["review"] as? [String: Any])?["status"] as? String == "approved")
            }
            try await client.execute(uri: "/api/events/doc-1-3/reject", method: .post, headers: fixture.jsonAuth, body: try .json(["note": "not an event"])) { response throws in
                #expect(response.status == .ok)
            }
            try await client.execute(uri: "/api/events/doc-1-2/split", method: .post, headers: fixture.jsonAuth,
                body: try .json(["parts": [["location": "Al-Mayadin", "fatalities": 1]]])
            ) { response throws in
                #expect(response.status == .ok)
                let events = try #require(try response.json()["events"] as? [[String: Any]])
                #expect(events.first?["event_id"] as? String == "doc-1-2~1")
                #expect(events.first?["fatalities"] as? Int == 1)
            }
        }
        // The story is extracted again: the machine's values come back, the reviewers' stay.
        let stored = try fixture.store.document(id: "doc-1")
        let story = try #require(stored).document.storyID
        try fixture.store.saveExtraction(storyID: story, extractorVersion: "test-2", events: [
            ServerFixture.event("doc-1-1", "2023-11-06", .airDroneStrike, country: "Iraq", admin1: "Al Anbar", lat: 33.8, lon: 42.44,
                fatalities: 0, confidence: 0.9, claimed: true, actor1: "Islamic Resistance in Iraq"),
            ServerFixture.event("doc-1-2", "2023-11-07", .armedClash, country: "Syria", admin1: "Deir ez-Zor", lat: 35.33, lon: 40.14,
                fatalities: 3, confidence: 0.4, claimed: false, actor1: "Military Forces of Syria (2000-)"),
            ServerFixture.event("doc-1-3", "2023-11-08", .peacefulProtest, country: "Iraq", admin1: "Baghdad", lat: 33.31, lon: 44.36,
                fatalities: 0, confidence: 0.7, claimed: false, actor1: "Protesters (Iraq)"),
        ], tallies: [])
        try await fixture.application().test(.router) { client in
            try await client.execute(uri: "/api/events?sort=event_date", method: .get) { response throws in
                let events = try #require(try response.json()["events"] as? [[String: Any]])
                #expect(events.map { $0["event_id"] as? String } == ["doc-1-1", "doc-1-2", "doc-1-2~1"])
                #expect(events[1]["fatalities"] as? Int == 5)
                #expect(events[1]["sub_event_type"] as? String == "Shelling/artillery/missile attack")
                #expect((events[0]["review"] as? [String: Any])?["status"] as? String == "approved")
            }
            try await client.execute(uri: "/api/events?sub_event_type=Armed%20clash", method: .get) { response throws in
                #expect(try (response.json()["events"] as? [Any])?.isEmpty == true)
            }
            try await client.execute(uri: "/api/events/doc-1-2", method: .get) { response throws in
                let history = try #require(try response.json()["history"] as? [[String: Any]])
                #expect(history.map { $0["action"] as? String } == ["edit", "split"])
                #expect(history.first?["actor"] as? String == "tester")
                #expect(history.first?["note"] as? String == "per the second paragraph")
                #expect((history.first?["before"] as? [String: Any])?["fatalities"] as? Int == 3)
                #expect((history.first?["after"] as? [String: Any])?["fatalities"] as? Int == 5)
            }
            try await client.execute(uri: "/api/audit", method: .get) { response throws in
                #expect(try (response.json()["entries"] as? [Any])?.count == 5)
            }
        }
    }

    @Test(arguments: StoreBackend.available) func mergeHidesTheAbsorbedEvent(_ backend: StoreBackend) async throws {
        let fixture = try ServerFixture(backend)
        defer { fixture.remove() }
        try fixture.seed()
        try await fixture.application().test(.router) { client in
            try await client.execute(uri: "/api/events/doc-1-3/merge", method: .post, headers: fixture.jsonAuth, body: try .json(["into": "doc-1-1"])) { response throws in
                #expect(response.status == .ok)
            }
            try await client.execute(uri: "/api/events/doc-1-1/merge", method: .post, headers: fixture.jsonAuth, body: try .json(["into": "doc-1-1"])) { response throws in
                #expect(response.status == .conflict)
            }
            try await client.execute(uri: "/api/events/doc-1-1/merge", method: .post, headers: fixture.jsonAuth, body: try .json(["into": "nope"])) { response throws in
                #expect(response.status == .badRequest)
                let parameterName = try response.errorParameter()
                    #expect(parameterName == "into")
            }
            try await client.execute(uri: "/api/events", method: .get) { response throws in
                #expect(try (response.json()["events"] as? [Any])?.count == 2)
            }
            try await client.execute(uri: "/api/events/doc-1-1", method: .get) { response throws in
                #expect(try response.json()["merged_events"] as? [String] == ["doc-1-3"])
            }
        }
    }

    @Test(arguments: StoreBackend.available) func badEditsAreRefusedByField(_ backend: StoreBackend) async throws {
        let fixture = try ServerFixture(backend)
        defer { fixture.remove() }
        try fixture.seed()
        try await fixture.application().test(.router) { client in
            let cases: [([String: Any], String)] = [
                (["sub_event_type": "Raid"], "sub_event_type"),
                (["event_type": "Battles"], "event_type"),
                (["latitude": 123.0], "latitude"),
                (["fatalities": -1], "fatalities"),
                (["fatalities": "many"], "fatalities"),
                (["event_date": "2023-02-30"], "event_date"),
                (["event_id": "x"], "event_id"),
                (["confidence": 1], "confidence"),
                ([:], "body"),
            ]
            for (body, parameter) in cases {
                try await client.execute(uri: "/api/events/doc-1-1", method: .patch, headers: fixture.jsonAuth, body: try .json(body)) { response throws in
                    #expect(response.status == .badRequest, "\(body)")
                    let parameterName = try response.errorParameter()
                    #expect(parameterName == parameter, "\(body)")
                }
            }
            try await client.execute(uri: "/api/events/doc-1-1", method: .patch, headers: fixture.jsonAuth, body: ByteBuffer(string: "{not json")) { response throws in
                #expect(response.status == .badRequest)
            }
        }
    }
}
