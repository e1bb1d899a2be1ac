import Foundation
import Testing
import VigilWatch

/// A feed reader's export: categories nested two deep, attribute names in three spellings,
/// one feed listed twice and one that is not a web feed.
private let readerExport = """
    <?xml version="1.0" encoding="UTF-8"?>
    <!-- OPML exported by a feed reader -->
    <opml version="1.0">
      <head>
        <title>Conflict desk subscriptions</title>
      </head>
      <body>
        <outline text="Sahel" title="Sahel">
          <outline text="Sahel Monitor" title="Sahel Monitor" type="rss" xmlUrl="https://sahelmonitor.example/feed/" htmlUrl="https://sahelmonitor.example/"/>
          <outline text="Radio Djibo – Actualités" type="rss" xmlUrl="https://radiodjibo.example/rss.xml"/>
        </outline>
        <outline text="Ukraine">
          <outline text="Frontline">
            <outline TITLE="Kharkiv Daily" XMLURL="https://kharkivdaily.example/news.rss" HTMLURL="https://kharkivdaily.example"/>
          </outline>
          <outline text="Kyiv Independent – News" xmlurl=" https://kyivindependent.example/news-feed/ "/>
        </outline>
        <outline text="Everything">
          <outline text="Sahel Monitor (all sections)" xmlUrl="https://sahelmonitor.example/feed/"/>
          <outline text="Grey zone channel" xmlUrl="tg://resolve?domain=greyzone"/>
        </outline>
      </body>
    </opml>
    """

private func read(_ text: String, input: String = "desk.opml") throws(OPMLError) -> OPMLImport {
    try OPML.outlines(in: Data(text.utf8), input: input)
}

/// The problem of the error reading `text` raises, or nil when it reads.
private func problem(reading text: String, input: String = "desk.opml") -> String? {
    do {
        _ = try read(text, input: input)
        return nil
    } catch {
        return String(describing: error)
    }
}

@Suite struct OPMLTests {
    @Test func aReadersExportGivesEveryFeedOnceInDocumentOrder() throws {
        let found = try read(readerExport)
        #expect(found.outlines == [
            OPMLOutline(url: "https://sahelmonitor.example/feed/", title: "Sahel Monitor", htmlURL: "https://sahelmonitor.example/"),
            OPMLOutline(url: "https://radiodjibo.example/rss.xml", title: "Radio Djibo – Actualités"),
            OPMLOutline(url: "https://kharkivdaily.example/news.rss", title: "Kharkiv Daily", htmlURL: "https://kharkivdaily.example"),
            OPMLOutline(url: "https://kyivindependent.example/news-feed/", title: "Kyiv Independent – News"),
        ])
        #expect(found.skipped == [#"line 20: outline "Grey zone channel" has no http(s) xmlUrl ("tg://resolve?domain=greyzone")"#])
    }

    @Test func brokenXMLNamesTheLineWhereItBroke() {
        let text = """
            <?xml version="1.0"?>
            <opml version="2.0">
            <head><title>Desk</title></head>
            <body>
            <outline text="Rudaw" xmlUrl="https://rudaw.example/rss">
            </body>
            </opml>
            """
        #expect(problem(reading: text) == "desk.opml: not well-formed XML at line 6 (a closing tag that does not match the open element)")
        let bareAmpersand = """
            <opml version="2.0"><body>
            <outline text="Rudaw & Partners" xmlUrl="https://rudaw.example/rss"/>
            </body></opml>
            """
        #expect(problem(reading: bareAmpersand) == "desk.opml: not well-formed XML at line 2 ('&' or '<' not followed by a name (write & as &amp;))")
    }

    @Test func aFeedIsNotAnOPMLFile() {
        let rss = """
            <?xml version="1.0"?><rss version="2.0"><channel><title>Sahel Monitor</title>
            <item><title>Convoy ambushed</title><description>Militants ambushed a convoy near Djibo.</description></item>
            </channel></rss>
            """
        #expect(problem(reading: rss, input: "world.rss") == "world.rss: not an OPML file (root element <rss>)")
    }

    @Test func aFileThatDeclaresEntitiesIsRefusedUnread() {
        let text = """
            <?xml version="1.0"?><!DOCTYPE opml [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>
            <opml version="2.0"><body><outline text="&lol2;" xmlUrl="https://example.org/feed"/></body></opml>
            """
        #expect(problem(reading: text, input: "bomb.opml") == "bomb.opml: declares its own entities; refused")
    }

    @Test func onlyCategoriesOrOnlyOtherSchemesIsAnError() {
        let categories = """
            <opml version="2.0"><body><outline text="Sahel"><outline text="Mali"/></outline></body></opml>
            """
        #expect(problem(reading: categories) == "desk.opml: no outline with an http(s) xmlUrl")
        let ftp = """
            <opml version="2.0">
            <body><outline xmlUrl="ftp://archive.example/feed.xml"/></body></opml>
            """
        #expect(problem(reading: ftp) == #"desk.opml: no outline with an http(s) xmlUrl; line 2: outline has no http(s) xmlUrl ("ftp://archive.example/feed.xml")"#)
    }

    @Test func emptyAndOversizedFilesAreRefused() {
        #expect(problem(reading: "") == "desk.opml: empty file")
        let huge = "<opml><body>" + String(repeating: " ", count: OPML.maxBytes) + "</body></opml>"
        #expect(problem(reading: huge) == "desk.opml: too large: \(huge.utf8.count) bytes, the limit is 8 MB")
    }

    @Test func aWrittenDocumentReadsBackAsTheSameFeeds() throws {
        let feeds = [
            OPMLOutline(
                url: "https://kyivindependent.example/news-feed/", title: "Kyiv Independent – News",
                htmlURL: "https://kyivindependent.example/"),
            OPMLOutline(url: "https://rudaw.example/rss?lang=en&section=kurdistan", title: "Rudaw & Partners"),
            OPMLOutline(url: "https://sahelmonitor.example/feed/", title: #"The "Sahel" Monitor <daily>"#),
            OPMLOutline(url: "https://aljazeera.example/ar/rss", title: "الجزيرة – أخبار"),
            OPMLOutline(url: "https://untitled.example/feed.xml"),
        ]
        let document = OPML.document(feeds, title: "Desk & field feeds")
        #expect(document.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<opml version=\"2.0\">\n"))
        #expect(document.contains("<title>Desk &amp; field feeds</title>"))
        #expect(document.contains(
            #"<outline type="rss" text="Rudaw &amp; Partners" title="Rudaw &amp; Partners" xmlUrl="https://rudaw.example/rss?lang=en&amp;section=kurdistan"/>"#))
        #expect(document.contains(#"title="The &quot;Sahel&quot; Monitor &lt;daily&gt;""#))
        #expect(document.contains(#"<outline type="rss" text="https://untitled.example/feed.xml" xmlUrl="https://untitled.example/feed.xml"/>"#))
        let readBack = try read(document, input: "export.opml")
        #expect(readBack.outlines == feeds)
        #expect(readBack.skipped.isEmpty)
    }

    @Test func controlCharactersAreEscapedOrDropped() throws {
        let feeds = [OPMLOutline(url: "https://wire.example/rss", title: "Wire\u{7}desk\tdaily\nedition")]
        let document = OPML.document(feeds, title: "Wire")
        #expect(document.contains(#"title="Wiredesk&#9;daily&#10;edition""#))
        #expect(try read(document).outlines.first?.title == "Wiredesk\tdaily\nedition")
    }
}
