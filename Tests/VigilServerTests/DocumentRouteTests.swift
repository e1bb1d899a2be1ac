import Foundation
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing
import VigilTestSupport
import VigilModel
import VigilServer
import VigilStore

@Suite struct DocumentRouteTests {
    @Test(arguments: StoreBackend.available) func postedDocumentsAreStoredOnceAndListed(_ backend: StoreBackend) async throws {
        let fixture = try ServerFixture(backend)
        defer { fixture.remove() }
        try await fixture.application().test(.router) { client in
            let lines = """
                {"id": "p1", "title": "Strike", "text": "A drone struck a base in Anbar on Monday.", "published": "2023-11-06", "source": "Wire"}
                {"id": "p2", "text": "Protesters marched in Basra on Tuesday against power cuts."}
                """
            try await client.execute(uri: "/api/documents", method: .post, headers: fixture.auth, body: ByteBuffer(string: lines)) { response throws in
                #expect(response.status == .created)
                #expect(try response.json()["new"] as? Int == 2)
            }
            try await client.execute(uri: "/api/documents", method: .post, headers: fixture.jsonAuth,
                body: try .json(["id": "p1-copy", "text": "A drone struck a base in Anbar on Monday.", "source": "Other"])
            ) { response throws in
                #expect(response.status == .ok)
                #expect(try response.json()["duplicates"] as? Int == 1)
            }
            try await client.execute(uri: "/api/documents?limit=1", method: .get) { response throws in
                let body = try response.json()
                #expect((body["documents"] as? [Any])?.count == 1)
                #expect(body["next_offset"] as? Int == 1)
            }
            try await client.execute(uri: "/api/documents?q=basra", method: .get) { response throws in
                #expect(try (response.json()["documents"] as? [[String: Any]])?.first?["id"] as? String == "p2")
            }
            try await client.execute(uri: "/api/documents/p1", method: .get) { response throws in
                let body = try response.json()
                #expect((body["sources"] as? [Any])?.count == 2)
                #expect((body["document"] as? [String: Any])?["title"] as? String == "Strike")
            }
            try await client.execute(uri: "/api/audit?subject=p1", method: .get) { response throws in
                #expect(try (response.json()["entries"] as? [[String: Any]])?.first?["actor"] as? String == "tester")
            }
        }
    }

    @Test(arguments: StoreBackend.available) func badDocumentsRefuseTheWholeBatch(_ backend: StoreBackend) async throws {
        let fixture = try ServerFixture(backend)
        defer { fixture.remove() }
        try await fixture.application(maxBodyBytes: 4096).test(.router) { client in
            let cases: [(String, String)] = [
                ("{\"id\": \"a\"}", "text"),
                ("{\"text\": \"   \"}", "text"),
                ("{\"text\": \"ok\", \"published\": \"last week\"}", "published"),
                ("{\"text\": \"ok\", \"colour\": \"red\"}", "colour"),
                ("{\"text\": \"ok\"}\n{broken", "body"),
                ("[1, 2]", "body"),
                ("", "body"),
            ]
            for (body, parameter) in cases {
                try await client.execute(uri: "/api/documents", method: .post, headers: fixture.auth, body: ByteBuffer(string: body)) { response throws in
                    #expect(response.status == .badRequest, "\(body)")
                    let parameterName = try response.errorParameter()
                    #expect(parameterName == parameter, "\(body)")
                }
            }
            let big = "{\"text\": \"" + String(repeating: "word ", count: 2000) + "\"}"
            try await client.execute(uri: "/api/documents", method: .post, headers: fixture.auth, body: ByteBuffer(string: big)) { response throws in
                #expect(response.status == .contentTooLarge)
                let parameterName = try response.errorParameter()
                #expect(parameterName != "")
            }
            try await client.execute(uri: "/api/documents", method: .get) { response throws in
                #expect(try (response.json()["documents"] as? [Any])?.isEmpty == true)
            }
        }
    }

    @Test(arguments: StoreBackend.available) func postedDocumentsAreExtractedWhenTheServerExtracts(_ backend: StoreBackend) async throws {
        let fixture = try ServerFixture(backend)
        defer { fixture.remove() }
        let store = fixture.store
        let extract: @Sendable () throws -> Int = {
            let pending = try store.pendingStories(extractorVersion: "test", limit: 10)
            for document in pending {
                let event = ServerFixture.event(
                    document.id + "-1", "2023-11-06", .airDroneStrike, country: "Iraq", admin1: "Al Anbar", lat: 33.8, lon: 42.44,
                    fatalities: 0, confidence: 0.9, claimed: true, actor1: "Islamic Resistance in Iraq")
                try store.saveExtraction(storyID: document.storyID, extractorVersion: "test", events: [event], tallies: [])
            }
            return pending.count
        }
        try await fixture.application(processPending: extract).test(.router) { client in
            try await client.execute(
                uri: "/api/documents", method: .post, headers: fixture.jsonAuth,
                body: try .json(["id": "p1", "text": "A drone struck Ain al-Asad air base on Monday."])
            ) { response throws in
                #expect(response.status == .created)
                #expect(try response.json()["events_extracted"] as? Int == 1)
            }
            try await client.execute(uri: "/api/events?document=p1", method: .get) { response throws in
                #expect(try response.json()["count"] as? Int == 1)
            }
        }
    }
}
