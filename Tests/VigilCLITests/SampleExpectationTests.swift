import Foundation
import Testing

/// `Samples/README.md` says what a coder would extract from each bundled article and feed item; this
/// table checks that Vigil does, through `vigil extract`, field by field.
@Suite struct SampleExpectationTests {
    /// One event a document of the sample should give; a document with several events has a row for each.
    struct Expected: CustomStringConvertible, Sendable {
        var file: String
        var document: String?
        var subEventType: String
        var date: String
        var location: String
        var admin1: String
        var country: String
        var fatalities: Int
        var actor1: String
        var actor2: String

        var description: String { document ?? file }
    }

    static let table: [Expected] = [
        .init(file: "articles/2024-05-12-sudan-khartoum-bahri-airstrike.txt", subEventType: "Air/drone strike", date: "2024-05-12",
              location: "Shambat", admin1: "Khartoum", country: "Sudan", fatalities: 9, actor1: "Military Forces of Sudan",
              actor2: "Civilians (Sudan)"),
        .init(file: "articles/2024-10-16-nigeria-kaduna-abduction.txt", subEventType: "Abduction/forced disappearance",
              date: "2024-10-15", location: "Kajuru", admin1: "Kaduna", country: "Nigeria", fatalities: 0,
              actor1: "Unidentified Armed Group (Nigeria)", actor2: "Civilians (Nigeria)"),
        .init(file: "articles/2024-03-19-somalia-afgoye-roadside-bomb.html", subEventType: "Remote explosive/landmine/IED",
              date: "2024-03-19", location: "Afgooye", admin1: "Lower Shabeelle", country: "Somalia", fatalities: 5,
              actor1: "Al Shabaab", actor2: "Military Forces of Somalia"),
        .init(file: "articles/2024-08-07-colombia-arauca-eln-dissident-clash.html", subEventType: "Armed clash", date: "2024-08-04",
              location: "Tame", admin1: "Arauca", country: "Colombia", fatalities: 6, actor1: "ELN: National Liberation Army",
              actor2: "FARC Dissidents"),
        .init(file: "articles/2024-sample-batch.jsonl", document: "sample-ua-kyiv-pow-rally", subEventType: "Peaceful protest",
              date: "2024-09-01", location: "Kyiv", admin1: "Kyiv City", country: "Ukraine", fatalities: 0,
              actor1: "Protesters (Ukraine)", actor2: ""),
        .init(file: "articles/2024-sample-batch.jsonl", document: "sample-pk-lahore-police-teargas", subEventType: "Protest with intervention",
              date: "2024-09-22", location: "Lahore", admin1: "Punjab", country: "Pakistan", fatalities: 0,
              actor1: "Protesters (Pakistan)", actor2: "Police Forces of Pakistan"),
        .init(file: "articles/2024-sample-batch.jsonl", document: "sample-mm-mandalay-arrests", subEventType: "Arrests",
              date: "2024-02-07", location: "Mandalay", admin1: "Mandalay", country: "Myanmar", fatalities: 0,
              actor1: "Military Forces of Myanmar", actor2: "Civilians (Myanmar)"),
        .init(file: "articles/2024-sample-batch.jsonl", document: "sample-cd-butembo-riot", subEventType: "Violent demonstration",
              date: "2024-07-03", location: "Butembo", admin1: "Nord Kivu", country: "Democratic Republic of Congo", fatalities: 0,
              actor1: "Rioters (Democratic Republic of Congo)", actor2: "Police Forces of the Democratic Republic of Congo"),
        .init(file: "feeds/world.rss", document: "gdw-2024-10-24-0193", subEventType: "Attack", date: "2024-10-24", location: "Solino",
              admin1: "Ouest", country: "Haiti", fatalities: 12, actor1: "Unidentified Armed Group (Haiti)", actor2: "Civilians (Haiti)"),
        .init(file: "feeds/world.rss", document: "gdw-2024-10-23-0147", subEventType: "Shelling/artillery/missile attack",
              date: "2024-10-23", location: "Afis", admin1: "Idlib", country: "Syria", fatalities: 1, actor1: "Military Forces of Syria",
              actor2: "Civilians (Syria)"),
        .init(file: "feeds/world.rss", document: "gdw-2024-10-23-0147", subEventType: "Shelling/artillery/missile attack",
              date: "2024-10-23", location: "Sarmin", admin1: "Idlib", country: "Syria", fatalities: 1, actor1: "Military Forces of Syria",
              actor2: "Civilians (Syria)"),
        .init(file: "feeds/world.rss", document: "gdw-2024-10-21-0088", subEventType: "Air/drone strike", date: "2024-10-20",
              location: "Kidal", admin1: "Kidal", country: "Mali", fatalities: 8, actor1: "Military Forces of Mali", actor2: "Civilians (Mali)"),
        .init(file: "feeds/conflict.atom", document: "kharkiv", subEventType: "Disrupted weapons use", date: "2024-11-14",
              location: "Kharkiv", admin1: "Kharkiv", country: "Ukraine", fatalities: 0, actor1: "Military Forces of Ukraine",
              actor2: "Military Forces of Russia"),
        .init(file: "feeds/conflict.atom", document: "amhara-fano", subEventType: "Non-state actor overtakes territory", date: "2024-11-11",
              location: "Merawi", admin1: "Amhara", country: "Ethiopia", fatalities: 0, actor1: "Fano Militia",
              actor2: "Military Forces of Ethiopia"),
    ]

    /// The events `vigil extract` gives for a sample file, by document id.
    static func extract(_ file: String) throws -> [String: [[String: Any]]] {
        let vigil = try VigilProcess()
        defer { vigil.cleanUp() }
        let result = try vigil.run(["extract", VigilProcess.samples.appendingPathComponent(file).path], useDatabase: false)
        var byDocument: [String: [[String: Any]]] = [:]
        for line in result.stdout.split(separator: "\n") {
            guard let record = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                record["record"] as? String == "event", let id = record["doc_id"] as? String
            else { continue }
            byDocument[id, default: []].append(record)
        }
        return byDocument
    }

    @Test(arguments: table) func eachSampleGivesWhatItsReadmeSays(_ expected: Expected) throws {
        let byDocument = try Self.extract(expected.file)
        let events = expected.document.map { name in byDocument.first { $0.key.contains(name) }?.value ?? [] }
            ?? byDocument.values.flatMap { $0 }
        let expectedCount = Self.table.filter { $0.file == expected.file && $0.document == expected.document }.count
        #expect(events.count == expectedCount, "\(expected): \(events.count) events")
        let event = try #require(events.first { $0["location"] as? String == expected.location } ?? events.first)
        let fields: [(String, Any, Any?)] = [
            ("sub_event_type", expected.subEventType, event["sub_event_type"]), ("event_date", expected.date, event["event_date"]),
            ("location", expected.location, event["location"]), ("admin1", expected.admin1, event["admin1"]),
            ("country", expected.country, event["country"]), ("fatalities", expected.fatalities, event["fatalities"]),
            ("actor1", expected.actor1, event["actor1"]), ("actor2", expected.actor2, event["actor2"]),
        ]
        for (name, want, got) in fields {
            #expect("\(want)" == got.map { "\($0)" } ?? "", "\(expected) \(name)")
        }
    }

    @Test func theFloodArticleGivesNoEvent() throws {
        #expect(try Self.extract("articles/2024-06-20-bangladesh-sylhet-floods.txt").isEmpty)
    }
}
