import Testing
import VigilExtract
import VigilModel

/// Several targets after one verb are one event each, with the attacks a number gives the place it names next.
@Suite struct TargetListTests {
    static let restatement = "BAGHDAD, Nov 7 - The Islamic Resistance in Iraq said on Tuesday that its fighters had attacked four "
        + "sites housing US forces the previous day: three drones were launched at the Ain al-Asad base in Anbar province, and "
        + "single drones targeted Erbil International Airport, Tel Baydar and al-Tanf."

    @Test func aListAfterOneVerbIsOneEventPerPlace() {
        let found = events(Self.restatement, published: "2023-11-08")
        let counts = Dictionary(found.map { ($0.location, $0.attackCount) }, uniquingKeysWith: +)
        #expect(counts == ["Ain al-Asad Airbase": 3, "Erbil International Airport": 1, "Tal Baydar": 1, "Al Tanf": 1])
        #expect(found.allSatisfy { $0.subEventType == .airDroneStrike && $0.actor1 == "Islamic Resistance in Iraq" })
    }

    /// "BAGHDAD, Nov 7 -": the dateline dates the report, not the attacks it tells of the previous day.
    @Test func theDatelinesDayDatesTheReport() {
        let found = events(Self.restatement, published: "2023-11-08")
        #expect(!found.isEmpty)
        #expect(found.allSatisfy { $0.eventDate.description == "2023-11-06" })
    }

    /// "one struck": a number with no weapon word names the attacks on the next place.
    @Test func aNumberAloneNamesTheAttacksOnTheNextPlace() {
        let found = events(
            "A US official confirmed on Monday that two drones hit the Ain al-Asad base and one struck al-Tanf on Sunday.",
            published: "2023-11-07")
        let counts = Dictionary(found.map { ($0.location, $0.attackCount) }, uniquingKeysWith: +)
        #expect(counts == ["Ain al-Asad Airbase": 2, "Al Tanf": 1])
        #expect(found.allSatisfy { $0.eventDate.description == "2023-11-05" })
    }

    /// "… had attacked four sites the previous day. In a statement, the group said two drones were launched at A,
    /// and one each at B, C and D": a lead that names no place leaves the list to the sentence that names them.
    @Test func aListInTheSentenceAfterTheLeadIsSplit() {
        let found = events(
            "The Islamic Resistance in Iraq said on Tuesday that its fighters had attacked four sites housing US forces the "
                + "previous day. In a statement, the group said two drones were launched at the Ain al-Asad base, and one each "
                + "at Erbil International Airport, Tel Baydar and al-Tanf.",
            published: "2023-11-08")
        let counts = Dictionary(found.map { ($0.location, $0.attackCount) }, uniquingKeysWith: +)
        #expect(counts == ["Ain al-Asad Airbase": 2, "Erbil International Airport": 1, "Tal Baydar": 1, "Al Tanf": 1])
        #expect(found.allSatisfy { $0.eventDate.description == "2023-11-06" && $0.actor1 == "Islamic Resistance in Iraq" })
    }
}
