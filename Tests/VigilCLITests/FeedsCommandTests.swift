import Foundation
import Testing
import VigilStore
import VigilTestSupport

/// `vigil feeds` and `vigil watch` as a user runs them, against a local web server.
@Suite struct FeedsCommandTests {
    @Test func addListWatchExportAndRemove() async throws {
        let server = LocalFeedServer()
        try await server.start()
        defer { server.stop() }
        let vigil = try VigilProcess()
        defer { vigil.cleanUp() }

        let added = try await vigil.runAside(["feeds", "add", server.url("/feed.xml"), "--name", "Herald", "--every", "30m"])
        #expect(added.status == 0, "\(added.stderr)")
        #expect(added.stdout == "watching Herald (\(server.url("/feed.xml"))) every 30m; `vigil watch` polls it\n")
        let again = try await vigil.runAside(["feeds", "add", server.url("/feed.xml")])
        #expect(again.status == 65)
        #expect(again.stderr.contains("\(server.url("/feed.xml")) is already watched"))
        try await vigil.runAside(["feeds", "add", server.url("/missing.xml"), "--name", "Gone"]).expectSuccess()

        let watched = try await vigil.runAside(["watch", "--once", "--no-process", "--host-delay", "0"])
        #expect(watched.status == 69, "one feed failed: \(watched.stderr)")
        #expect(watched.stdout == "polled 2 feeds (0 unchanged, 1 failed): 2 new articles, 0 already stored, 0 rejected; 0 events extracted\n")
        #expect(watched.stderr.contains("Gone: \(server.url("/missing.xml")): HTTP 404 Not Found"))

        let list = try await vigil.runAside(["feeds", "list"])
        let lines = list.stdout.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines[0].hasPrefix("Gone  ") && lines[0].contains("last success never") && lines[0].contains("last error \"HTTP 404 Not Found\" (1 in a row)"))
        #expect(lines[1].hasPrefix("Herald  ") && lines[1].contains("every 30m") && lines[1].contains("2 articles in the last day, 2 in all"))
        let json = try await vigil.runAside(["feeds", "list", "--json"])
        let first = try #require(json.stdout.split(separator: "\n").first)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(first.utf8)) as? [String: Any])
        #expect(object["name"] as? String == "Gone" && object["failures"] as? Int == 1 && object["items_last_day"] as? Int == 0)

        let exported = try await vigil.runAside(["feeds", "export"])
        #expect(exported.stdout.contains("xmlUrl=\"\(server.url("/feed.xml"))\"") && exported.stdout.hasPrefix("<?xml"))

        try await vigil.runAside(["feeds", "remove", "Gone"]).expectSuccess()
        let gone = try await vigil.runAside(["feeds", "remove", "Gone"])
        #expect(gone.status == 65 && gone.stderr.contains("no feed \"Gone\" (see `vigil feeds list`)"))
    }

    @Test func importTakesAFeedReadersOPML() async throws {
        let vigil = try VigilProcess()
        defer { vigil.cleanUp() }
        try await vigil.runAside(["feeds", "add", "https://news.example.org/rss", "--name", "Example"]).expectSuccess()
        let opml = try vigil.write("subscriptions.opml", """
            <?xml version="1.0" encoding="UTF-8"?>
            <opml version="2.0"><head><title>My feeds</title></head><body>
              <outline text="Conflict">
                <outline type="rss" text="Example" xmlUrl="https://news.example.org/rss"/>
                <outline type="rss" text="Border Herald" xmlUrl="https://herald.example.net/feed.xml"/>
                <outline type="rss" text="Old gopher" xmlUrl="gopher://old.example.com/feed"/>
              </outline>
            </body></opml>
            """)
        let imported = try await vigil.runAside(["feeds", "import", opml, "--every", "1h"])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout.contains("watching 1 new feed from \(opml) (1 already watched, 1 skipped)"))
        #expect(imported.stderr.contains("skipped") && imported.stderr.contains("gopher://old.example.com/feed"))
        let list = try await vigil.runAside(["feeds", "list"]).stdout
        #expect(list.contains("Border Herald  https://herald.example.net/feed.xml  ·  every 1h"))

        let broken = try vigil.write("broken.opml", "<opml><body><outline xmlUrl=\"https://a.example/x\"></body>")
        let refused = try await vigil.runAside(["feeds", "import", broken])
        #expect(refused.status == 65 && refused.stderr.contains("\(broken): not well-formed XML"))
    }

    @Test func badURLsAndIntervalsAreRefusedWithTheirReason() async throws {
        let vigil = try VigilProcess()
        defer { vigil.cleanUp() }
        let ftp = try await vigil.runAside(["feeds", "add", "ftp://example.org/feed"])
        #expect(ftp.status == 64 && ftp.stderr.contains("\"ftp://example.org/feed\" is not an http(s) URL"))
        let fast = try await vigil.runAside(["feeds", "add", "https://example.org/feed", "--every", "10s"])
        #expect(fast.status == 64 && fast.stderr.contains("--every \"10s\" is shorter than a minute"))
        let words = try await vigil.runAside(["feeds", "add", "https://example.org/feed", "--every", "often"])
        #expect(words.status == 64 && words.stderr.contains("--every \"often\" is not an interval; write it as 90s, 15m, 2h or 1d"))
        let none = try await vigil.runAside(["feeds", "list"])
        #expect(none.stdout == "no feeds (add one with `vigil feeds add URL`)\n")
    }
}

extension VigilProcess.Output {
    /// Expects a zero exit status, showing stderr when not.
    func expectSuccess(sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(status == 0, "\(stderr)", sourceLocation: sourceLocation)
    }
}
