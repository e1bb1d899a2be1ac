import Foundation
import Testing
import VigilModel

@testable import VigilIngest

/// A local outlet's JSON Feed 1.1: an HTML item, a plain-text item with a numeric id and only an
/// external URL, and an item with only a summary.
private let gomaDispatch = #"""
    {
      "version": "https://jsonfeed.org/version/1.1",
      "title": "Goma Dispatch",
      "home_page_url": "https://gomadispatch.example/",
      "feed_url": "https://gomadispatch.example/feed.json",
      "language": "en",
      "items": [
        {
          "id": "https://gomadispatch.example/2024/02/sake-shelling",
          "url": "https://gomadispatch.example/2024/02/sake-shelling",
          "title": "Shelling near Sake forces families to flee",
          "content_html": "<p>Shells fell on the outskirts of <b>Sake</b> on Wednesday, residents said.</p>",
          "date_published": "2024-02-07T16:20:00+01:00"
        },
        {
          "id": 48213,
          "external_url": "https://radiookapi.example/2024/02/08/rutshuru",
          "title": "M23 and Wazalendo fighters clash in Rutshuru",
          "content_text": "Fighting broke out on Thursday between M23 rebels and Wazalendo militia in Rutshuru territory.\r\n\r\nThe toll is not yet known.",
          "date_modified": "2024-02-08T09:00:00Z"
        },
        {
          "id": "goma-airport-road",
          "summary": "Protesters blocked the road to Goma airport.",
          "date_published": "2024-02-09T07:45:00+01:00"
        }
      ]
    }
    """#

private func documents(_ feed: FeedReader.Feed) -> [RawDocument] {
    feed.items.compactMap { try? $0.get() }
}

private func rejections(_ feed: FeedReader.Feed) -> [String] {
    feed.items.compactMap { item in
        guard case .failure(let error) = item else { return nil }
        return error.description
    }
}

@Suite struct JSONFeedReaderTests {
    @Test func aVersion11FeedGivesOneDocumentPerItem() throws {
        let feed = try JSONFeedReader().read(gomaDispatch, origin: "goma.json")
        #expect(feed.breakage == nil)
        #expect(rejections(feed).isEmpty)
        let read = documents(feed)
        try #require(read.count == 3)
        #expect(read[0] == RawDocument(
            id: "https://gomadispatch.example/2024/02/sake-shelling", title: "Shelling near Sake forces families to flee",
            text: "Shells fell on the outskirts of Sake on Wednesday, residents said.",
            published: CalendarDay(year: 2024, month: 2, day: 7), source: "Goma Dispatch",
            url: "https://gomadispatch.example/2024/02/sake-shelling", origin: "goma.json item 1"))
        #expect(read[1].id == "48213")
        #expect(read[1].url == "https://radiookapi.example/2024/02/08/rutshuru")
        #expect(read[1].text == """
            Fighting broke out on Thursday between M23 rebels and Wazalendo militia in Rutshuru territory.

            The toll is not yet known.
            """)
        #expect(read[1].published == CalendarDay(year: 2024, month: 2, day: 8))
        #expect(read[2].text == "Protesters blocked the road to Goma airport.")
        #expect(read[2].title == "")
        #expect(read[2].published == CalendarDay(year: 2024, month: 2, day: 9))
        #expect(read.map(\.origin) == ["goma.json item 1", "goma.json item 2", "goma.json item 3"])
    }

    @Test func aBadItemIsReportedAndTheOthersRead() throws {
        let json = #"""
            {"version": "https://jsonfeed.org/version/1", "title": "Kivu Morning",
             "items": [
               "https://kivumorning.example/2024/03/01/minova",
               {"id": "minova-1", "title": "Minova", "content_text": "Rebels entered Minova on Friday, witnesses said."},
               {"id": "photo-12", "title": "Photo: displaced families in Bulengo", "image": "https://kivumorning.example/p/12.jpg"},
               null
             ]}
            """#
        let feed = try JSONFeedReader().read(json, origin: "kivu.json")
        #expect(documents(feed).map(\.id) == ["minova-1"])
        #expect(documents(feed).first?.source == "Kivu Morning")
        #expect(rejections(feed) == [
            "kivu.json item 1: item is a string, not an object",
            "kivu.json item 3: item has no content_html, content_text or summary",
            "kivu.json item 4: item is null, not an object",
        ])
    }

    @Test func anItemOverTheSizeLimitIsRejectedWithTheLimit() throws {
        let long = String(repeating: "Troops clashed with rebels near Goma. ", count: 4)
        let json = #"{"version": "https://jsonfeed.org/version/1.1", "items": [{"id": "a", "content_text": "\#(long)"}, "#
            + #"{"id": "b", "content_text": "Police arrested ten activists in Goma."}]}"#
        let feed = try JSONFeedReader().read(json, origin: "goma.json", maxBytes: 100)
        #expect(documents(feed).map(\.id) == ["b"])
        #expect(rejections(feed) == [
            "goma.json item 1: too large: 151 bytes of text, the limit is 100 bytes (`vigil ingest --max-megabytes` raises it)"
        ])
    }

    @Test func aFeedWithoutItemsIsRefused() {
        let noItems = #"{"version": "https://jsonfeed.org/version/1.1", "title": "Goma Dispatch"}"#
        #expect(throws: IngestError(input: "goma.json", problem: "a JSON Feed needs an \"items\" array")) {
            try JSONFeedReader().read(noItems, origin: "goma.json")
        }
        #expect(throws: IngestError(input: "list.json", problem: "a JSON Feed needs an \"items\" array")) {
            try JSONFeedReader().read(#"[{"title": "Goma"}]"#, origin: "list.json")
        }
        #expect(throws: IngestError(input: "goma.json", problem: "feed has no items")) {
            try JSONFeedReader().read(#"{"version": "https://jsonfeed.org/version/1.1", "items": []}"#, origin: "goma.json")
        }
    }

    @Test func brokenJSONSaysSo() throws {
        let cut = #"{"version": "https://jsonfeed.org/version/1.1", "title": "Goma Dispatch", "items": [{"id": "a", "#
        let error = try #require(throws: IngestError.self) { try JSONFeedReader().read(cut, origin: "goma.json") }
        #expect(error.input == "goma.json")
        #expect(error.problem.hasPrefix("not valid JSON: "))
        #expect(error.problem.count > "not valid JSON: ".count)
    }

    @Test func feedsAreToldFromJSONLines() {
        #expect(JSONFeedReader.isJSONFeed(Array(gomaDispatch.utf8)))
        let version1 = "\u{FEFF}  {\"version\":\"https:\\/\\/jsonfeed.org\\/version\\/1\",\"items\":[]}"
        #expect(JSONFeedReader.isJSONFeed(Array(version1.utf8)))
        let line = #"{"id":"a","text":"Police fired tear gas at protesters in Nairobi on Tuesday."}"#
        #expect(!JSONFeedReader.isJSONFeed(Array(line.utf8)))
        let nested = #"{"id":"b","text":"Riot police dispersed a march.","meta":{"version":"https://jsonfeed.org/version/1.1"}}"#
        #expect(!JSONFeedReader.isJSONFeed(Array(nested.utf8)))
        let valueNotKey = #"{"id":"c","text":"version","title":"https://jsonfeed.org/version/1.1"}"#
        #expect(!JSONFeedReader.isJSONFeed(Array(valueNotKey.utf8)))
        #expect(!JSONFeedReader.isJSONFeed(Array(#"<?xml version="1.0"?><rss version="2.0"></rss>"#.utf8)))
    }
}
