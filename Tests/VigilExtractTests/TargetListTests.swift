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

    /// "rockets were fired at troops in A, in B and near C": with no number of attacks, one attack on each place.
    @Test func anUncountedListIsOneAttackPerPlace() {
        let found = shipped("On 1 March 2024, rockets were fired at troops in Kidal, in Tessalit and near Aguelhok, the army said.")
        #expect(found.map(\.location) == ["Kidal", "Tessalit", "Aguelhok"])
        #expect(found.allSatisfy { $0.attackCount == 1 && $0.eventDate.description == "2024-03-01" })
        let protests = shipped("On 1 March 2024, students protested in Kaya and Koudougou over fuel prices.")
        #expect(protests.map(\.location) == ["Kaya", "Koudougou"])
    }

    /// A total of dead is never counted once per place: it goes to the place its sentence names, else it is shared.
    @Test func theDeadAreSharedNotRepeated() {
        let named = shipped(
            "Gunmen attacked army posts in Tessalit and Aguelhok on Tuesday. At Tessalit, four soldiers were killed, the army said.",
            published: "2024-03-06")
        #expect(named.map(\.location) == ["Tessalit", "Aguelhok"] && named.map(\.fatalities) == [4, 0])
        #expect(named[1].evidence.allSatisfy { $0.field != "fatalities" })
        let shared = shipped("On 1 March 2024, airstrikes hit militant positions in Kidal and Tessalit, killing nine militants.")
        #expect(shared.map(\.fatalities) == [5, 4])
    }

    /// The ends of a route, quarters of one town and a movement between posts are one event.
    @Test func routesQuartersAndMovementsStayOneEvent() {
        #expect(shipped("On 1 March 2024, gunmen ambushed a convoy on the road between Gao and Ansongo, killing two drivers.").count == 1)
        #expect(shipped("On 1 March 2024, militants blew up the bridge linking Dori and Aribinda.").count == 1)
        #expect(shipped("On 1 March 2024, rioters burned shops in Hamdallaye and Lafiabougou in Bamako.").count == 1)
        #expect(shipped("On 1 March 2024, soldiers withdrew from the outposts of Tessalit and Aguelhok.").count == 1)
    }

    /// "shelled A five times … and B twice": each place has the hits the words after its name count; one counted
    /// place alone is one event with that many attacks.
    @Test func hitsCountedAfterEachPlaceSplitTheReport() {
        let found = shipped(
            "Russian artillery shelled Kupiansk five times on Sunday, wounding a man, and struck Vovchansk twice, the regional governor said.",
            published: "2026-05-12")
        #expect(found.map(\.location) == ["Kupyansk", "Vovchansk"])
        #expect(found.map(\.attackCount) == [5, 2])
        #expect(found.allSatisfy { $0.eventDate.description == "2026-05-10" && $0.actor1 == "Military Forces of Russia" })
        let one = shipped("Russian forces shelled Kherson eight times on Monday, the regional governor said.", published: "2026-05-12")
        #expect(one.count == 1)
        #expect(one.first?.attackCount == 8)
    }

    /// "killing two fishermen, and one missile each at …": a number with its own weapon word counts attacks, not
    /// more dead.
    @Test func aNumberWithAWeaponAfterTheDeadCountsNoDead() {
        let found = shipped(
            "The Houthis fired two missiles at Mocha on Tuesday, killing two fishermen, and one missile each at Hays and Khokha.",
            published: "2026-05-13")
        #expect(found.map(\.fatalities).reduce(0, +) == 2)
        #expect(found.contains { $0.location.contains("Mocha") })
    }

    /// "… and one against each of the other sites": one attack goes to every target the report names, the larger
    /// number to the place named right after it.
    @Test func oneAgainstEachOfTheOthersCountsEveryTarget() {
        let found = shipped(
            "An alliance of armed groups said on Tuesday it was behind drone strikes a day earlier on Ain al-Asad air base, the "
                + "US base at Erbil International Airport, and two positions in Syria, Tal Baydar and al-Tanf. Three drones were "
                + "sent against Ain al-Asad and one against each of the other sites, the group said.",
            published: "2023-11-07")
        #expect(found.count == 4)
        #expect(found.map(\.attackCount) == [3, 1, 1, 1])
        #expect(found.allSatisfy { $0.subEventType == .airDroneStrike && $0.eventDate.description == "2023-11-06" })
    }

    /// A number told after its place counts that place: "A was targeted by three drones, and B, C and D by one drone
    /// each", "A, Anbar (3 drones); B (1 drone)", "attacked A in Iraq's Anbar province three times and B, C and D once
    /// each"; a town right after a base ("the Tal Baydar base in Hasakah") only locates it.
    @Test func aCountAfterItsPlaceCountsThatPlace() {
        let base = { (location: String) in ["Asad", "Erbil", "Baydar", "Tanf"].first { location.contains($0) } ?? location }
        let counts = { (text: String) -> [String: Int] in
            Dictionary(self.shipped(text, published: "2023-11-07").map { (base($0.location), $0.attackCount) }, uniquingKeysWith: +)
        }
        let expected = ["Asad": 3, "Erbil": 1, "Baydar": 1, "Tanf": 1]
        #expect(counts(
            "The group said on Tuesday that Ain al-Asad air base in western Anbar was targeted by three drones on Monday, and the "
                + "bases at Erbil airport, Tal Baydar in Hasakah province and al-Tanf by one drone each.") == expected)
        #expect(counts(
            "On 6 November, the group claimed four drone attacks. Targets: Ain al-Asad air base, Anbar governorate, Iraq (3 drones); "
                + "US base at Erbil airport, Iraq (1 drone); Tal Baydar base, Syria (1 drone); al-Tanf base, Syria (1 drone).") == expected)
        #expect(counts(
            "The group said its drones attacked Ain al-Asad air base in Iraq's Anbar province three times on Monday and the US base at "
                + "Erbil airport, Tal Baydar and the al-Tanf garrison once each.") == expected)
        let located = shipped(
            "The group said on Tuesday that its drones hit Ain al-Asad air base three times, and the Tal Baydar base in Hasakah and "
                + "the al-Tanf base once each on Monday.", published: "2023-11-07")
        #expect(!located.contains { $0.location.contains("Hasakah") })
    }

    /// The events the shipped extractor (with the gazetteer) finds in `text`.
    private func shipped(_ text: String, published: String = "2024-03-02") -> [Event] {
        events(text, published: published, extractor: defaultExtractor)
    }
}
