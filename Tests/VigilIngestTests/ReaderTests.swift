import Foundation
import Testing
import VigilIngest
import VigilModel

/// Reads inputs written to a temporary folder and collects what the reader emits.
private func read(_ files: [String: Data], maxBytes: Int = 16 << 20) throws -> (documents: [RawDocument], rejections: [String], warnings: [String]) {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vigil-reader-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    var paths: [String] = []
    for (name, data) in files.sorted(by: { $0.key < $1.key }) {
        let url = folder.appendingPathComponent(name)
        try data.write(to: url)
        paths.append(url.path)
    }
    var documents: [RawDocument] = [], rejections: [String] = [], warnings: [String] = []
    DocumentReader(decoder: InputDecoder(maxBytes: maxBytes)).read(paths) { event in
        switch event {
        case .document(let document): documents.append(document)
        case .rejected(let error): rejections.append(error.description)
        case .warning(let message): warnings.append(message)
        case .progress: break
        }
    }
    return (documents, rejections, warnings)
}

@Suite struct ReaderTests {
    @Test func htmlKeepsTheArticleAndDropsPageFurniture() throws {
        let html = """
            <!DOCTYPE html><html><head><title>Clashes in Tripoli | The Daily Wire</title>
            <meta property="og:site_name" content="The Daily Wire">
            <meta property="article:published_time" content="2024-04-02T09:15:00Z">
            <script>var tracking = function() { return 1; };</script><style>p { color: red }</style></head>
            <body><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav>
            <div class="cookie-banner">We use cookies to improve your experience.</div>
            <header><h1>Clashes erupt between rival militias in Tripoli</h1></header>
            <article><p>Heavy fighting broke out on Monday between two armed groups in southern Tripoli,
            residents said.</p><div class="share-tools">Share on Facebook</div>
            <p>At least four fighters were killed, according to a hospital source.</p>
            <aside class="related"><p>Related: Oil output falls</p></aside></article>
            <footer><p>© 2024 The Daily Wire</p></footer><script>analytics()</script></body></html>
            """
        let result = try read(["page.html": Data(html.utf8)])
        let document = try #require(result.documents.first)
        #expect(document.title == "Clashes erupt between rival militias in Tripoli")
        #expect(document.published == CalendarDay(year: 2024, month: 4, day: 2))
        #expect(document.source == "The Daily Wire")
        #expect(document.text == """
            Heavy fighting broke out on Monday between two armed groups in southern Tripoli, residents said.
            At least four fighters were killed, according to a hospital source.
            """)
    }

    @Test func brokenHTMLIsRepairedNotFatal() throws {
        let html = "<html><body><div><p>Gunmen stormed a village near Mopti on Sunday.<p>Two people died.<div></body>"
        let document = try #require(try read(["broken.htm": Data(html.utf8)]).documents.first)
        #expect(document.text == "Gunmen stormed a village near Mopti on Sunday.\nTwo people died.")
    }

    @Test func rssItemsBecomeDocumentsWithLinksAndDates() throws {
        let rss = """
            <?xml version="1.0"?><rss version="2.0"><channel><title>Sahel Monitor</title>
            <item><title>Convoy ambushed</title><link>https://example.org/a</link><guid>a-1</guid>
            <pubDate>Tue, 02 Apr 2024 10:00:00 GMT</pubDate><description>Militants ambushed an army convoy near Djibo.</description></item>
            <item><title>Market attacked</title><link>https://example.org/b</link>
            <pubDate>Wed, 03 Apr 2024 10:00:00 GMT</pubDate><description>&lt;p&gt;Gunmen &lt;b&gt;attacked&lt;/b&gt; a market.&lt;/p&gt;</description></item>
            <item><title>Empty</title><link>https://example.org/c</link></item>
            </channel></rss>
            """
        let result = try read(["feed.rss": Data(rss.utf8)])
        #expect(result.documents.count == 2)
        #expect(result.documents[0].id == "a-1")
        #expect(result.documents[0].url == "https://example.org/a")
        #expect(result.documents[0].source == "Sahel Monitor")
        #expect(result.documents[1].published == CalendarDay(year: 2024, month: 4, day: 3))
        #expect(result.documents[1].text == "Gunmen attacked a market.")
        #expect(result.rejections.count == 1)
        #expect(result.rejections[0].hasSuffix("feed.rss item 3: item has no description or content"))
    }

    @Test func atomEntriesAreRead() throws {
        let atom = """
            <feed xmlns="http://www.w3.org/2005/Atom"><title>Frontline</title>
            <entry><id>tag:x,2024:1</id><title>Drones downed</title><link rel="alternate" href="https://x.example/1"/>
            <published>2024-11-14T06:00:00Z</published><content type="html">&lt;p&gt;Air defences shot down 17 drones.&lt;/p&gt;</content></entry>
            </feed>
            """
        let document = try #require(try read(["f.atom": Data(atom.utf8)]).documents.first)
        #expect(document.id == "tag:x,2024:1")
        #expect(document.url == "https://x.example/1")
        #expect(document.published == CalendarDay(year: 2024, month: 11, day: 14))
        #expect(document.text == "Air defences shot down 17 drones.")
    }

    @Test func gzipFilesAreDecompressed() throws {
        // "Title\nSoldiers clashed with rebels.\n" compressed with gzip -9.
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vigil-gz-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        process.arguments = ["-c", "printf 'Title\\nSoldiers clashed with rebels.\\n' | gzip -9 > \(folder.path)/a.txt.gz"]
        try process.run()
        process.waitUntilExit()
        var documents: [RawDocument] = []
        DocumentReader().read([folder.appendingPathComponent("a.txt.gz").path]) { event in
            if case .document(let document) = event { documents.append(document) }
        }
        #expect(documents.first?.title == "Title")
        #expect(documents.first?.text == "Soldiers clashed with rebels.")
    }

    @Test func jsonlErrorsNameFileAndLineAndTheRestIsRead() throws {
        let lines = """
            {"id": 1, "text": "Police arrested ten activists in Harare.", "published": "2024-05-02"}
            {"id": "2", "text": 5}
            {"id": "3"}
            {"id": "4", "text": "Rioters blocked roads.", "published": "yesterday"}
            {"id": "5", "text": "Protesters marched in Lima.", "lang": "en"}
            """
        let result = try read(["docs.jsonl": Data(lines.utf8)])
        #expect(result.documents.map(\.id) == ["1", "5"])
        #expect(result.rejections.map { String($0.split(separator: "/").last!) } == [
            "docs.jsonl:2: field \"text\" must be a string",
            "docs.jsonl:3: missing required field \"text\"",
            "docs.jsonl:4: field \"published\" is not a date: \"yesterday\" (expected YYYY-MM-DD)",
        ])
        #expect(result.warnings.count == 1)
    }

    /// A U+FEFF written raw inside the text (not as \\ufeff) is a character of the text: evidence
    /// offsets count it. Foundation's JSONSerialization on Linux dropped it.
    @Test func aRawByteOrderMarkInsideTheTextIsKept() throws {
        let bigID = try read(["ids.jsonl": Data(#"{"id": 12345678901234567890, "text": "Police fired tear gas in Nairobi."}"#.utf8)])
        #expect(bigID.documents.first?.id == "12345678901234567890")
        let line = "{\"id\":\"a\",\"text\":\"\u{FEFF}Police fired tear gas in Nairobi.\"}\n[1, 2]\n\"text\"\n"
        let result = try read(["bom.jsonl": Data(line.utf8)])
        #expect(result.documents.first?.text.unicodeScalars.first == "\u{FEFF}")
        #expect(result.documents.first?.text.unicodeScalars.count == 34)
        #expect(result.rejections.map { String($0.split(separator: "/").last!) } == [
            "bom.jsonl:2: expected a JSON object with \"text\", got an array",
            "bom.jsonl:3: expected a JSON object with \"text\", got a string",
        ])
    }

    /// A feed that declares a 100 KB entity and repeats it 1,000 times would expand to 100 MB:
    /// it is refused with its reason, in bounded memory.
    @Test func aFeedWhoseOwnEntitiesBlowUpIsRefused() throws {
        let big = String(repeating: "x", count: 100_000)
        let references = String(repeating: "&big;", count: 1_000)
        let feed = """
            <?xml version="1.0"?><!DOCTYPE rss [<!ENTITY big "\(big)">]>
            <rss version="2.0"><channel><title>Bomb</title>
            <item><title>One</title><description>\(references)</description></item></channel></rss>
            """
        let result = try read(["bomb.rss": Data(feed.utf8)])
        #expect(result.documents.isEmpty)
        #expect(result.rejections.map { String($0.split(separator: "/").last!) } == [
            "bomb.rss: its own entities (<!ENTITY …>) expand to more than 1 MB (1048576 bytes) of text; refused"
        ])
        let small = """
            <?xml version="1.0"?><!DOCTYPE rss [<!ENTITY agency "Meridian Wire">]>
            <rss version="2.0"><channel><title>&agency;</title>
            <item><title>Clash</title><description>Troops clashed with rebels, &agency; reported.</description></item></channel></rss>
            """
        let fine = try read(["small.rss": Data(small.utf8)])
        #expect(fine.documents.first?.text == "Troops clashed with rebels, Meridian Wire reported.")
        #expect(fine.documents.first?.source == "Meridian Wire")
    }

    @Test func aFeedThatBreaksSaysItsLaterItemsWereNotRead() throws {
        let feed = """
            <?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>
            <item><title>One</title><description>Police arrested ten activists in Harare.</description></item>
            <item><title>Two</title><description>Rioters blocked roads in Lagos & burned tyres.</description></item>
            <item><title>Three</title><description>Troops clashed with rebels near Goma.</description></item>
            </channel></rss>
            """
        let result = try read(["broken.rss": Data(feed.utf8)])
        #expect(result.documents.map(\.title) == ["One", "Two", "Three"])
        #expect(result.warnings.contains {
            $0.hasSuffix("broken.rss: the XML is broken at line 3: xmlParseEntityRef: no name; items after it may be missing or cut short")
        })
    }

    /// Entities within the budget can still make one item's text larger than a file may be: that
    /// item is rejected with the limit, the others are read.
    @Test func anItemWhoseEntitiesPassTheSizeLimitIsRejectedAndTheOthersRead() throws {
        let sentence = String(repeating: "Troops clashed with rebels near Goma. ", count: 26)
        let feed = """
            <?xml version="1.0"?><!DOCTYPE rss [<!ENTITY s "\(sentence)">]>
            <rss version="2.0"><channel><title>Wire</title>
            <item><title>Long</title><description>\(String(repeating: "&s;", count: 500))</description></item>
            <item><title>Short</title><description>Police arrested ten activists in Harare.</description></item>
            </channel></rss>
            """
        let result = try read(["feed.rss": Data(feed.utf8)], maxBytes: 100_000)
        #expect(result.documents.map(\.title) == ["Short"])
        #expect(result.rejections.first?.hasSuffix(
            "feed.rss item 1: too large: 493999 bytes of text, the limit is 100000 bytes (`vigil ingest --max-megabytes` raises it)") == true)
    }

    @Test func textFilesTakeTheirTitleFromTheFirstLineAndTheirDateFromTheName() throws {
        let result = try read(["2024-05-12-khartoum.txt": Data("Strikes hit Khartoum\n\nKHARTOUM, Sudan - Warplanes struck.".utf8)])
        let document = try #require(result.documents.first)
        #expect(document.title == "Strikes hit Khartoum")
        #expect(document.text == "KHARTOUM, Sudan - Warplanes struck.")
        #expect(document.published == CalendarDay(year: 2024, month: 5, day: 12))
    }

    /// A `.json` file is JSON Lines unless its first kilobyte shows a JSON Feed; both are read.
    @Test func jsonFeedFilesAndJSONLinesFilesAreToldApart() throws {
        let feed = """
            {"version": "https://jsonfeed.org/version/1.1", "title": "Lake Region Monitor",
             "items": [{"id": "lr-7", "title": "Market attacked", "date_published": "2024-06-03T08:00:00Z",
                        "content_text": "Gunmen attacked a cattle market near the lake on Sunday, killing four traders, police said."}]}
            """
        let lines = "{\"id\":\"n-1\",\"text\":\"Police dispersed a march in the capital on Monday.\"}\n"
        let result = try read(["monitor.json": Data(feed.utf8), "notes.json": Data(lines.utf8)])
        #expect(result.rejections.isEmpty)
        let byID = Dictionary(uniqueKeysWithValues: result.documents.map { ($0.id ?? "", $0) })
        #expect(byID["lr-7"]?.source == "Lake Region Monitor")
        #expect(byID["lr-7"]?.published == CalendarDay(year: 2024, month: 6, day: 3))
        #expect(byID["n-1"]?.text == "Police dispersed a march in the capital on Monday.")
    }
}
