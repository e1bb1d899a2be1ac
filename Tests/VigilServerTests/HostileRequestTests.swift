import Foundation
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing
@testable import VigilServer
import VigilStore
import VigilTestSupport

/// Findings of a hostile test run against the server, each answered with a clear 4xx and never a
/// 500, a redirect off the site or a value cut short.
@Suite struct HostileRequestTests {
    @Test func aCursorFromAnotherSortOrACraftedOneIsA400NamingIt() async throws {
        let fixture = try ServerFixture()
        defer { fixture.remove() }
        try fixture.seed()
        try await fixture.application().test(.router) { client in
            let cursor = try await client.execute(uri: "/api/events?limit=1&sort=-fatalities", method: .get) { response throws in
                try #require(try response.json()["next_cursor"] as? String)
            }
            try await client.execute(uri: "/api/events?limit=1&sort=-fatalities&cursor=\(cursor)", method: .get) { response throws in
                #expect(response.status == .ok)
            }
            try await client.execute(uri: "/api/events?limit=1&sort=confidence&cursor=\(cursor)", method: .get) { response throws in
                #expect(response.status == .badRequest)
                #expect(try response.errorParameter() == "cursor")
                #expect(response.text.contains("was returned for sort=-fatalities"))
            }
            // A well-formed cursor whose key is no fatality count, and one carrying a line break.
            for crafted in [#"{"k":"abc","i":"x","s":"-fatalities","v":"events"}"#, #"{"k":"1\nFAKE LOG","i":"x","s":"-fatalities","v":"events"}"#] {
                let token = Data(crafted.utf8).base64EncodedString().replacingOccurrences(of: "+", with: "-")
                    .replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
                try await client.execute(uri: "/api/events?sort=-fatalities&cursor=\(token)", method: .get) { response throws in
                    #expect(response.status == .badRequest, "\(crafted)")
                    #expect(try response.errorParameter() == "cursor")
                }
            }
        }
    }

    @Test func aNulOrALineBreakInAQueryValueIsRefused() async throws {
        let fixture = try ServerFixture()
        defer { fixture.remove() }
        try await fixture.application().test(.router) { client in
            for uri in ["/api/events?country=Iraq%00Syria", "/api/events?q=drone%0Astrike"] {
                try await client.execute(uri: uri, method: .get) { response throws in
                    #expect(response.status == .badRequest, "\(uri)")
                    #expect(response.text.contains("control character"), "\(uri)")
                }
            }
        }
    }

    @Test func aPathThatStartsWithTwoSlashesIsNoRedirectToAnotherSite() async throws {
        let fixture = try ServerFixture()
        defer { fixture.remove() }
        try await fixture.application().test(.router) { client in
            try await client.execute(uri: "//vendor", method: .get) { response throws in
                #expect(response.status == .notFound)
                #expect(response.headers[.location] == nil)
            }
        }
    }

    @Test func anotherHostIsRefusedOnALoopbackServer() async throws {
        let fixture = try ServerFixture()
        defer { fixture.remove() }
        try await fixture.application().test(.router) { client in
            try await client.execute(uri: "/api/events", method: .get, headers: [RequestGuardMiddleware.hostField: "rebind.example:8080"]) { response throws in
                #expect(response.status == .misdirectedRequest)
                #expect(response.text.contains("--allowed-host rebind.example"))
            }
            for host in ["127.0.0.1:8080", "localhost", "[::1]:8080"] {
                try await client.execute(uri: "/api/events", method: .get, headers: [RequestGuardMiddleware.hostField: host]) { response throws in
                    #expect(response.status == .ok, "\(host)")
                }
            }
        }
        #expect(RequestGuardMiddleware.hostName("[::1]:8080") == "[::1]")
        #expect(RequestGuardMiddleware.hostName("Example.ORG:80") == "example.org")
    }

    @Test func closedReadsCloseTheMetricsAndTheAPIDescriptionToo() async throws {
        let fixture = try ServerFixture()
        defer { fixture.remove() }
        try await fixture.application(readsRequireToken: true).test(.router) { client in
            for uri in ["/metrics", "/api/openapi.json", "/api/events"] {
                try await client.execute(uri: uri, method: .get) { response throws in
                    #expect(response.status == .unauthorized, "\(uri)")
                }
                try await client.execute(uri: uri, method: .get, headers: fixture.auth) { response throws in
                    #expect(response.status == .ok, "\(uri)")
                }
            }
            try await client.execute(uri: "/healthz", method: .get) { response throws in
                #expect(response.status == .ok)
            }
        }
    }

    @Test func anInvalidUTF8BodyIsRefusedNamingTheByte() async throws {
        let fixture = try ServerFixture()
        defer { fixture.remove() }
        try await fixture.application().test(.router) { client in
            var bytes = Array(#"{"id":"u","text":"Police fired tear gas "#.utf8)
            bytes += [0xC3, 0x28]
            bytes += Array(#" in Nairobi."}"#.utf8)
            let headers: HTTPFields = [.authorization: "Bearer \(fixture.token)", .contentType: "text/plain"]
            try await client.execute(uri: "/api/documents", method: .post, headers: headers, body: ByteBuffer(bytes: bytes)) { response throws in
                #expect(response.status == .badRequest)
                #expect(response.text.contains("invalid UTF-8 at byte 40"))
            }
        }
        #expect(try fixture.store.document(id: "u") == nil)
    }

    @Test func anEnormousFatalityCountIsRefusedAndStatisticsStayUp() async throws {
        let fixture = try ServerFixture()
        defer { fixture.remove() }
        try fixture.seed()
        try await fixture.application().test(.router) { client in
            try await client.execute(
                uri: "/api/events/doc-1-2", method: .patch, headers: fixture.jsonAuth, body: try .json(["fatalities": Int64.max])
            ) { response throws in
                #expect(response.status == .badRequest)
                #expect(try response.errorParameter() == "fatalities")
                #expect(response.text.contains("must be between 0 and 1000000"))
            }
            try await client.execute(uri: "/api/stats", method: .get) { response throws in
                #expect(response.status == .ok)
            }
        }
    }
}
