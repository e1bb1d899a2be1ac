import Foundation
import Testing
import VigilExtract
import VigilLink
import VigilModel

/// Linking what the shipped extractor finds: the seed article with its syndicated copy and a later
/// report in other words, and the linking corpus end to end.
@Suite struct ExtractedLinkingTests {
    static let extractor: Extractor? = try? Extractor.loadDefault()

    /// The seed article, its near-copy and the Gulf Observer's later report.
    static func seedDocuments() throws -> [Document] {
        let seed = try LinkFixtures.jsonlDocuments(Self.seed)
        let folder = LinkFixtures.repositoryRoot.appendingPathComponent("Samples/syndicated")
        let copies = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }.sorted()
            .map { name in
                let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
                let title = String(text.prefix { $0 != "\n" })
                return Document(
                    id: String(name.dropLast(4)), title: title, published: CalendarDay(iso: String(name.prefix(10))),
                    text: String(text.dropFirst(title.count).drop { $0 == "\n" }))
            }
        return seed + copies
    }

    /// Each document's reports, with context sentences.
    static func reports(_ documents: [Document], extractor: Extractor) -> [LinkReport] {
        documents.flatMap { document in
            extractor.extract(document).events.map { LinkReport(event: $0, documentText: document.text) }
        }
    }

    static let seed = LinkFixtures.repositoryRoot.appendingPathComponent("../shared/seed/seed.docs.jsonl")

    @Test(.enabled(if: FileManager.default.fileExists(atPath: seed.path),
                   "skipped: ../shared/seed (the reference article) is not beside this repository"))
    func seedCopyAndLaterReportStayFourEventsInAnyOrder() throws {
        let extractor = try #require(Self.extractor)
        let documents = try Self.seedDocuments()
        #expect(documents.count == 3)
        let reports = Self.reports(documents, extractor: extractor)
        var reference: [CanonicalEvent]?
        for order in [[0, 1, 2], [2, 1, 0], [1, 2, 0], [2, 0, 1]] {
            var linker = EventLinker()
            for index in order {
                linker.add(reports.filter { $0.event.docID == documents[index].id })
            }
            let monday = linker.canonicalEvents.filter { $0.event.eventDate.description == "2023-11-06" }
            let bases = monday.filter { $0.documentIDs.count == 3 }
            if reference == nil {
                for event in monday {
                    print("seed: \(event.event.subEventType.rawValue) \(event.event.location) ×\(event.event.attackCount) claimed \(event.event.claimed) ← \(event.documentIDs)")
                }
                #expect(bases.count == 4, "each base's attacks keep all three sources")
                #expect(bases.map(\.event.attackCount).reduce(0, +) == 6)
                #expect(monday.count == 4, "the Gulf Observer's \"Tal Baydar in Hasakah province\" restates Tal Baydar")
                reference = linker.canonicalEvents
            } else {
                #expect(linker.canonicalEvents == reference)
            }
        }
        let tallies = documents.flatMap { extractor.extract($0).tallies }.filter { $0.count == 38 }
        let tally = try #require(tallies.first)
        let coverage = TallyCoverage(
            tally: tally, events: (reference ?? []).map(\.event), reportDate: CalendarDay(iso: "2023-11-07"))
        print(coverage.summary)
        #expect(coverage.events.count == 4)
        #expect(coverage.counted == 6)
    }

    @Test func linkingCorpusEndToEnd() throws {
        let extractor = try #require(Self.extractor)
        let truth = try LinkFixtures.truth()
        let reports = Self.reports(try LinkFixtures.documents(), extractor: extractor)
        let assigned = LinkFixtures.assign(reports.map(\.event), truth: truth)
        var linker = EventLinker()
        linker.add(reports)
        var predicted: [String: String] = [:]
        for event in linker.canonicalEvents {
            let keys = Set(event.reportIDs.compactMap { assigned[$0] }).sorted()
            print("end to end: \(event.event.eventDate) \(event.event.subEventType.rawValue) at \(event.event.location) ← \(event.reportIDs.sorted()) as \(keys)")
            for report in event.reportIDs {
                if let key = assigned[report] { predicted[Mention(report: report, key: key).id] = event.id }
            }
        }
        // Items: every true (document, event) mention; a mention the extractor missed is alone.
        var items: [String: String] = [:]
        for (doc, keys) in truth { for key in keys { items[doc + "|" + key] = key } }
        var byMention: [String: String] = [:]
        for (report, key) in assigned {
            let doc = reports.first { $0.id == report }!.event.docID
            byMention[doc + "|" + key] = predicted[Mention(report: report, key: key).id]
        }
        let score = BCubed(predicted: byMention, truth: items)
        let spurious = reports.count - assigned.count
        print("end to end (extracted): \(score); \(reports.count) reports, \(assigned.count) matched to \(items.count) true mentions, \(spurious) spurious, \(linker.canonicalEvents.count) events")
        #expect(score.precision >= 0.9)
        #expect(score.f1 >= 0.9, "the issue's bar for linking extracted reports")
    }

    /// A report matched to a true event.
    private struct Mention {
        let report: String
        let key: String
        var id: String { report + "|" + key }
    }
}
