import Testing
import VigilClassify
import VigilModel
@testable import VigilEval

@Suite struct ACLEDScorerTests {
    static let gold = """
        data_id,event_date,event_type,sub_event_type,actor1,country,admin1,latitude,longitude,fatalities,region
        d1,25-Jun-24,Protests,Peaceful protest,Protesters (Kenya),Kenya,Nairobi,-1.2864,36.8172,0,Eastern Africa
        d2,2024-12-03,Battles,Armed clash,Military Forces of Syria (2000-2024),Syria,Al Hasakah,36.5024,40.7477,2,Middle East
        d3,2024-01-28,Explosions/Remote violence,Air/drone strike,Islamic Resistance in Iraq,Jordan,Maan,30.44,36.91,3,Middle East
        d4,2023-03-14,Violence against civilians,Abduction/forced disappearance,Unidentified Armed Group (Nigeria),Nigeria,Kaduna,10.52,7.44,0,Western Africa
        """

    static func event(
        _ doc: String, _ date: String, _ type: SubEventType, _ actor: String, _ country: String, _ admin1: String,
        _ latitude: Double, _ longitude: Double, fatalities: Int
    ) -> Event {
        Event(
            docID: doc, eventID: doc + type.rawValue, eventDate: CalendarDay(iso: date)!, timePrecision: .day,
            subEventType: type, actor1: actor, inter1: .none,
            place: Place(name: admin1, latitude: latitude, longitude: longitude, country: country, iso3: "",
                         admin1: admin1, geoPrecision: .exact),
            fatalities: fatalities, confidence: 0.9)
    }

    static let predictions: [String: [Event]] = [
        "d1": [
            event("d1", "2024-06-25", .armedClash, "Police Forces of Kenya", "Kenya", "Mombasa", -4.05, 39.66, fatalities: 1),
            event("d1", "2024-06-25", .peacefulProtest, "Protesters (Kenya)", "Kenya", "Nairobi", -1.29, 36.82, fatalities: 0),
        ],
        "d2": [event("d2", "2024-12-02", .armedClash, "Military Forces of Syria (2024-)", "Syria", "Hasakeh", 36.70, 41.10, fatalities: 3)],
        "d4": [event("d4", "2023-03-14", .attack, "Unidentified Armed Group (Nigeria)", "Nigeria", "Kaduna State", 10.52, 7.44, fatalities: 0)],
    ]

    /// The expected values are what `score.py acled` prints for the same rows and events.
    @Test func scoresLikeTheProjectScorer() throws {
        let rows = try ACLEDGoldRow.rows(of: CSVReader.parse(Self.gold, file: "gold.csv"))
        #expect(rows.first?.eventDate == "2024-06-25")
        let score = ACLEDScorer.score(gold: rows, predictions: Self.predictions)
        #expect(score.documents == 4)
        #expect(score.detection == 0.75)
        #expect(score.eventsPerDocument == 1.0)
        #expect(score.eventType == 0.75)
        #expect(score.subEventType == 0.5)
        #expect(abs(score.subEventTypeMacroF1 - 0.4) < 1e-9)
        #expect(score.subEventTypeWeightedF1 == 0.5)
        #expect(score.country == 0.75)
        #expect(score.admin1 == 0.75)
        #expect(score.coord25 == 0.5)
        #expect(score.coord100 == 0.75)
        #expect(abs((score.medianDistanceKm ?? 0) - 0.5070792846061085) < 1e-6)
        #expect(score.eventDate == 0.5)
        #expect(score.fatalities == 0.5)
        #expect(score.actor1 == 0.75)
        #expect(score.regions["Middle East"] == .init(count: 2, subEventType: 0.5, coord25: 0))
        #expect(score.table.hasSuffix(
            "acled: n=4 subtype_acc=0.500 country=0.750 coord25=0.500 date=0.500 fatal=0.500 actor1=0.750"))
    }

    @Test func transliterationsOfOneAdminNameMatch() {
        #expect(NameMatching.sameAdmin("Al Hasakah Governorate", "Hasakeh"))
        #expect(NameMatching.sameAdmin("Arbil", "Erbil"))
        #expect(!NameMatching.sameAdmin("Nineveh", "Ninawa"))
        #expect(!NameMatching.sameAdmin("", "Kirkuk"))
        #expect(abs(SequenceSimilarity.ratio("abcxyzab", "xyzabcab") - 0.625) < 1e-9)
        #expect(abs(SequenceSimilarity.ratio("kirkuk", "karbala") - 0.3076923076923077) < 1e-9)
    }

    @Test func actorsMatchOnHalfTheirWordsIgnoringParentheses() {
        #expect(NameMatching.sameActor(gold: "Military Forces of Iraq (2018-)", predicted: "Military Forces of Iraq (2022-)"))
        #expect(!NameMatching.sameActor(gold: "Protesters (Kenya)", predicted: "Rioters (Kenya)"))
        #expect(NameMatching.sameActor(gold: "", predicted: ""))
        #expect(!NameMatching.sameActor(gold: "Al Shabaab", predicted: "Unidentified Armed Group (Somalia)"))
    }

    @Test func aGoldFileWithoutAnIdColumnIsRejectedByName() {
        let text = "event_date,event_type\n2024-01-01,Battles\n"
        #expect(throws: CSVError(file: "mine.csv", line: 1, problem: .missingColumn("data_id or event_id_cnty"))) {
            try ACLEDGoldRow.rows(of: CSVReader.parse(text, file: "mine.csv"))
        }
    }
}
