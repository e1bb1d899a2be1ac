import Foundation
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing
import VigilServer
import VigilStore
import VigilTestSupport

/// `/api/feeds` and `/api/alerts`: what the dashboard's Feeds and Alerts tabs use.
@Suite struct FeedAndAlertRouteTests {
    @Test(arguments: StoreBackend.available)
    func feedsAreListedOpenlyAndAddedOrRemovedWithAToken(_ backend: StoreBackend) async throws {
        let fixture = try ServerFixture(backend)
        defer { fixture.remove() }
        try await fixture.application().test(.router) { client in
            let feed = try ByteBuffer.json(["url": "https://news.example.org/rss", "name": "Example", "every": "30m"])
            try await client.execute(uri: "/api/feeds", method: .post, body: feed) { response in
                #expect(response.status == .unauthorized)
            }
            try await client.execute(uri: "/api/feeds", method: .post, headers: fixture.jsonAuth, body: feed) { response throws in
                #expect(response.status == .created)
                let added = try response.json()
                #expect(added["name"] as? String == "Example" && added["every_seconds"] as? Int == 1800)
            }
            try await client.execute(uri: "/api/feeds", method: .post, headers: fixture.jsonAuth, body: feed) { response throws in
                #expect(response.status == .conflict)
            }
            for (body, parameter) in [
                (["url": "ftp://example.org/x"], "url"), (["url": "https://a.example/x", "every": "5s"], "every"),
                (["url": "https://a.example/x", "colour": "red"], "colour"),
            ] {
                try await client.execute(uri: "/api/feeds", method: .post, headers: fixture.jsonAuth, body: try .json(body)) { response throws in
                    #expect(response.status == .badRequest)
                    #expect((try response.json()["error"] as? [String: Any])?["parameter"] as? String == parameter)
                }
            }
            try await client.execute(uri: "/api/feeds", method: .get) { response throws in
                let feeds = try #require(try response.json()["feeds"] as? [[String: Any]])
                #expect(feeds.count == 1 && feeds[0]["url"] as? String == "https://news.example.org/rss")
                #expect(feeds[0]["items_last_day"] as? Int == 0 && feeds[0]["last_success"] == nil)
            }
            try await client.execute(uri: "/api/feeds?feed=Example", method: .delete, headers: fixture.auth) { response in
                #expect(response.status == .noContent)
            }
            try await client.execute(uri: "/api/feeds?feed=Example", method: .delete, headers: fixture.auth) { response in
                #expect(response.status == .notFound)
            }
        }
    }

    @Test(arguments: StoreBackend.available)
    func alertsNeedATokenAndShowTheirSecretOnlyWhenMade(_ backend: StoreBackend) async throws {
        let fixture = try ServerFixture(backend)
        defer { fixture.remove() }
        try await fixture.application().test(.router) { client in
            try await client.execute(uri: "/api/alerts", method: .get) { response in
                #expect(response.status == .unauthorized)
            }
            let alert = try ByteBuffer.json([
                "name": "iraq-air", "filter": "country=Iraq sub_event_type=air/drone strike", "webhook": "https://hooks.example.org/v",
                "min_fatalities": 1,
            ])
            try await client.execute(uri: "/api/alerts", method: .post, headers: fixture.jsonAuth, body: alert) { response throws in
                #expect(response.status == .created)
                let made = try response.json()
                #expect((made["secret"] as? String)?.isEmpty == false)
                #expect((made["alert"] as? [String: Any])?["filter"] as? String == "country=Iraq sub_event_type=Air/drone strike min_fatalities=1")
            }
            try await client.execute(uri: "/api/alerts", method: .get, headers: fixture.auth) { response throws in
                let text = response.text
                #expect(text.contains("\"iraq-air\"") && !text.contains("secret"))
            }
            let typo = try ByteBuffer.json(["name": "x", "filter": "contry=Iraq", "webhook": "https://hooks.example.org/v"])
            try await client.execute(uri: "/api/alerts", method: .post, headers: fixture.jsonAuth, body: typo) { response throws in
                #expect(response.status == .badRequest)
                let error = try #require(try response.json()["error"] as? [String: Any])
                #expect(error["parameter"] as? String == "filter" && (error["message"] as? String)?.contains("unknown field \"contry\"") == true)
            }
            try await client.execute(uri: "/api/alerts/iraq-air/deliveries", method: .get, headers: fixture.auth) { response throws in
                #expect((try response.json()["deliveries"] as? [Any])?.isEmpty == true)
            }
            try await client.execute(uri: "/api/alerts/iraq-air", method: .delete, headers: fixture.auth) { response in
                #expect(response.status == .noContent)
            }
            try await client.execute(uri: "/api/alerts/iraq-air/deliveries", method: .get, headers: fixture.auth) { response in
                #expect(response.status == .notFound)
            }
        }
    }
}
