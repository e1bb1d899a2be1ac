import Foundation
import Testing
import VigilModel
@testable import VigilExtract

/// Whole articles about journalists and activists detained or abducted (`Tests/Fixtures/articles/`), in the styles
/// of rights groups' releases, wires and local dailies, some with background cases and some with no new event.
/// Prints how many expected arrests and abductions were found (any event of the type), how many on the right day,
/// and how many articles without a new one were left without; holds the totals reached so far.
@Suite struct PressFreedomArticleTests {
    struct Article {
        let document: Document
        let expected: [(type: String, day: String)]
    }

    static func articles() throws -> [Article] {
        let url = repositoryRoot.appendingPathComponent("Tests/Fixtures/articles/press-freedom.jsonl")
        return try String(contentsOf: url, encoding: .utf8).split(separator: "\n").map { line in
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            let document = Document(
                id: object["id"] as? String ?? "", source: object["source"] as? String ?? "", title: "",
                published: (object["published"] as? String).flatMap(CalendarDay.init(iso:)), text: object["text"] as? String ?? "")
            let expected = (object["expected"] as? [[String: Any]] ?? []).map {
                (type: $0["sub_event_type"] as? String ?? "", day: $0["event_date"] as? String ?? "")
            }
            return Article(document: document, expected: expected)
        }
    }

    @Test func articlesKeepTheirArrestsAndAbductions() throws {
        let watched: Set<String> = [SubEventType.arrests.rawValue, SubEventType.abductionForcedDisappearance.rawValue]
        var typed = 0, typedOf = 0, dated = 0, datedOf = 0, clean = 0, negatives = 0
        for article in try Self.articles() {
            let events = defaultExtractor.extract(article.document).events
            if article.expected.isEmpty {
                negatives += 1
                if !events.contains(where: { watched.contains($0.subEventType.rawValue) }) { clean += 1 }
                continue
            }
            for type in Set(article.expected.map(\.type)) {
                typedOf += 1
                if events.contains(where: { $0.subEventType.rawValue == type }) { typed += 1 }
            }
            for expected in article.expected {
                datedOf += 1
                if events.contains(where: { $0.subEventType.rawValue == expected.type && $0.eventDate.description == expected.day }) {
                    dated += 1
                }
            }
        }
        print("press-freedom articles: \(typed) of \(typedOf) arrests/abductions found, \(dated) of \(datedOf) on the right day, \(clean) of \(negatives) articles without one left clean")
        #expect(typedOf == 44 && datedOf == 47 && negatives == 8)
        #expect(typed >= 39)
        #expect(dated >= 34)
        #expect(clean >= 7)
    }
}
