public import Synchronization

/// Feeds on 127.0.0.1 for the watcher's tests: a feed that answers 200 with validators and 304
/// when they match, 404, 500, 503 with Retry-After, slowly, through redirects, gzip-encoded,
/// broken, huge, behind robots.txt, a JSON Feed, and items whose article pages are served beside them.
public final class LocalFeedServer: Sendable {
    /// The feed `/feed.xml` serves; changing it changes its ETag.
    public let feed = Mutex(LocalFeedServer.rss(items: [
        ("w-1", "Militia shells border village", "Militants shelled the village of Kharbat near the border on Monday, killing two farmers, local officials said. The shelling lasted an hour and damaged several houses, the officials added, and residents fled to the district centre."),
        ("w-2", "Protesters rally over fuel prices", "Hundreds of people marched peacefully through the centre of the capital on Tuesday to protest against rising fuel prices. The march ended without incident outside the parliament building, organisers said."),
    ]))
    /// Requests per path.
    public let hits = Mutex([String: Int]())
    private let server = Mutex<LocalHTTPServer?>(nil)

    public init() {}

    public var base: String { "http://127.0.0.1:\(server.withLock { $0?.port ?? 0 })" }

    public func url(_ path: String) -> String { base + path }

    /// Starts listening on a free port.
    public func start() async throws {
        let http = LocalHTTPServer { [self] request in answer(request) }
        try await http.start()
        server.withLock { $0 = http }
    }

    public func stop() {
        server.withLock { $0?.stop() }
    }

    private func answer(_ request: LocalHTTPServer.Request) -> LocalHTTPServer.Response {
        hits.withLock { $0[request.path, default: 0] += 1 }
        switch request.path {
        case "/robots.txt": return .init(type: "text/plain", text: "User-agent: *\nDisallow: /private/\n")
        case "/feed.xml":
            let body = feed.withLock { $0 }
            let etag = "\"\(body.utf8.count)-\(body.hashValue & 0xffff)\""
            if request.header("If-None-Match") == etag { return .init(status: 304, headers: [("ETag", etag)]) }
            return .init(type: "application/rss+xml", text: body, headers: [("ETag", etag), ("Last-Modified", "Mon, 06 Nov 2023 08:30:00 GMT")])
        case "/missing.xml": return .init(status: 404)
        case "/broken.xml": return .init(status: 500)
        case "/busy.xml": return .init(status: 503, headers: [("Retry-After", "7200")])
        case "/slow.xml": return .init(status: 200, headers: [("Content-Type", "application/rss+xml")], body: Array("<rss/>".utf8), delay: 3)
        case "/moved.xml": return .init(status: 301, headers: [("Location", "/feed.xml")])
        case "/loop.xml": return .init(status: 302, headers: [("Location", "/loop2.xml")])
        case "/loop2.xml": return .init(status: 302, headers: [("Location", "/loop.xml")])
        case "/gzip.xml":
            let body = Self.rss(items: [("g-1", "Clashes in the hills", "Government troops and rebels clashed for several hours in the hills north of the town on Friday, a military spokesman said, adding that the fighting had ended by nightfall.")])
            return .init(status: 200, headers: [("Content-Type", "application/rss+xml"), ("Content-Encoding", "gzip")], body: StoredGzip.wrap(Array(body.utf8)))
        case "/cut.xml":
            let whole = Self.rss(items: [
                ("c-1", "Curfew declared", "Authorities declared a night curfew in the port city on Sunday after two days of unrest, the governor's office said in a statement carried by state media."),
                ("c-2", "Second item", "This item is cut off in the middle of its text and its closing tags never arrive because the connection"),
            ])
            return .init(type: "application/rss+xml", text: String(whole.dropLast(60)))
        case "/huge.xml": return .init(type: "application/rss+xml", text: String(repeating: "x", count: 3 << 20))
        case "/private/feed.xml", "/private/": return .init(type: "application/rss+xml", text: Self.rss(items: []))
        case "/section.html":
            return .init(type: "text/html", text: """
                <html><body><nav><a href="/">Home</a> <a href="/about">About</a> <a href="#top">Top</a></nav>
                <ul><li><a href="/news/2024/11/19/market-attack-in-monguno">Gunmen attack market</a></li>
                <li><a href="news/bridge-destroyed-42#comments">Bridge destroyed</a></li>
                <li><a href="https://elsewhere.example.org/news/2024/other-story">Elsewhere</a></li></ul></body></html>
                """)
        case "/news/2024/11/19/market-attack-in-monguno":
            return .init(type: "text/html", text: """
                <html><head><title>Gunmen attack market in Borno</title></head><body><article>
                <p>Gunmen killed five traders in an attack on a cattle market near Monguno in Borno State on Monday, police said.</p>
                <p>The attackers arrived on motorcycles and set fire to several stalls before fleeing into the bush, residents said.</p>
                </article></body></html>
                """)
        case "/news/bridge-destroyed-42":
            return .init(type: "text/html", text: """
                <html><head><title>Bridge destroyed</title></head><body><article>
                <p>Unknown attackers blew up a road bridge outside the town overnight, cutting the only route to the northern villages, police said.</p>
                </article></body></html>
                """)
        case "/empty.xml": return .init(type: "application/rss+xml", text: Self.rss(items: []))
        case "/page.html":
            return .init(type: "text/html", text: "<html><head><title>Sign in</title></head><body><p>Please sign in to continue reading our coverage.</p></body></html>")
        case "/summaries.xml":
            return .init(type: "application/rss+xml", text: Self.rss(items: [("s-1", "Drone strike on convoy", "A drone struck a convoy on Wednesday.")], links: [url("/article/1.html")]))
        case "/article/1.html":
            return .init(type: "text/html", text: """
                <html><head><title>Drone strike on convoy</title></head><body><article>
                <p>A drone struck a convoy of fuel trucks on the road south of the city on Wednesday, killing three drivers, the provincial governor said.</p>
                <p>No group claimed the strike. The governor said the convoy had been carrying fuel to the power station and that two trucks burned out completely.</p>
                </article></body></html>
                """)
        case "/feed.json":
            return .init(type: "application/feed+json", text: """
                {"version": "https://jsonfeed.org/version/1.1", "title": "Valley Monitor", "items": [
                 {"id": "j-1", "url": "\(url("/missing.xml"))", "title": "Bridge blown up", "date_published": "2024-03-02T10:00:00+03:00",
                  "content_text": "Unknown attackers blew up a road bridge outside the town overnight, cutting the only route to the northern villages, police said on Saturday. Nobody was hurt."}]}
                """)
        default: return .init(status: 404)
        }
    }

    /// An RSS 2.0 feed of (guid, title, description) items, with links when given.
    public static func rss(items: [(String, String, String)], links: [String] = []) -> String {
        let entries = items.enumerated().map { index, item in
            let link = index < links.count ? "<link>\(links[index])</link>" : ""
            return "<item><guid>\(item.0)</guid><title>\(item.1)</title>\(link)<pubDate>Tue, 07 Nov 2023 09:00:00 +0300</pubDate><description>\(item.2)</description></item>"
        }
        return "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Border Herald</title>\(entries.joined())</channel></rss>"
    }
}
