import Testing
import VigilLink
import VigilModel

/// The seed article, its syndicated near-copy and the Gulf Observer's later report in other words,
/// coded by hand: whatever the order, four events (six attacks), each with its three sources.
@Suite struct SeedLinkingTests {
    static let ainAlAsad = place("Ain al-Asad Airbase", 33.7856, 42.4412, admin1: "Al Anbar")
    static let erbilAirport = place("Erbil International Airport", 36.2376, 43.9632, admin1: "Erbil")
    static let tallBaydar = place("Tal Baydar", 36.8713, 40.2184, admin1: "Al Hasakah", country: "Syria")
    static let alTanf = place("Al Tanf", 33.499, 38.66, admin1: "Homs", country: "Syria")

    /// One outlet's four reports: the claim (seed and copy) or the later account (Gulf Observer).
    static func reports(doc: String, claimed: Bool, erbil: Place, context: String) -> [LinkReport] {
        [
            report("\(doc)-1", doc: doc, place: ainAlAsad, attacks: 3, claimed: claimed, context: context),
            report("\(doc)-2", doc: doc, place: erbil, claimed: claimed, context: context),
            report("\(doc)-3", doc: doc, place: tallBaydar, claimed: claimed, context: context),
            report("\(doc)-4", doc: doc, place: alTanf, claimed: claimed, context: context),
        ]
    }

    static let documents: [[LinkReport]] = [
        reports(
            doc: "seed-1", claimed: true, erbil: erbilAirport,
            context: "The Islamic Resistance in Iraq claimed three drone attacks on Ain al-Asad base in Anbar province on Monday."),
        reports(
            doc: "meridian-copy", claimed: true, erbil: erbilAirport,
            context: "The Islamic Resistance in Iraq claimed three drone attacks on Ain al-Asad base in Anbar province on Monday."),
        reports(
            doc: "gulf-observer", claimed: false, erbil: place("Erbil", 36.19, 44.01, admin1: "Erbil"),
            context: "Iraqi militias launched drones at Ain al-Asad, the sprawling air base in western Iraq, three times on Monday."),
    ]

    @Test func fourEventsWithTheirSourcesInAnyOrder() throws {
        var reference: [CanonicalEvent]?
        for order in [[0, 1, 2], [0, 2, 1], [1, 0, 2], [1, 2, 0], [2, 0, 1], [2, 1, 0]] {
            var linker = EventLinker()
            for index in order { linker.add(Self.documents[index]) }
            let events = linker.canonicalEvents
            #expect(events.count == 4)
            #expect(events.map(\.event.attackCount).reduce(0, +) == 6)
            for event in events {
                #expect(event.documentIDs == ["gulf-observer", "meridian-copy", "seed-1"])
                #expect(event.event.claimed == false, "the Gulf Observer's report confirms the claim")
            }
            if let reference { #expect(events == reference) } else { reference = events }
        }
        let erbil = try #require(reference?.first { $0.event.admin1 == "Erbil" })
        #expect(erbil.event.location == "Erbil International Airport", "exact places tie; the most reported wins")
        #expect(erbil.support(for: "location")?.alternatives.map(\.documents) == [["gulf-observer"]])
        let tally = Tally(
            docID: "seed-1", tallyID: "seed-1-t1", reporter: "Pentagon", counted: "attacks", target: "US troops",
            count: 38, since: CalendarDay(iso: "2023-10-17"),
            breakdown: [.init(country: "Iraq", iso3: "IRQ", count: 20), .init(country: "Syria", iso3: "SYR", count: 18)])
        let coverage = TallyCoverage(tally: tally, events: (reference ?? []).map(\.event), reportDate: CalendarDay(iso: "2023-11-06"))
        #expect(coverage.summary == "Pentagon: 38 attacks on US troops since 2023-10-17 (Iraq 20, Syria 18); Vigil: 4 events, 6 attacks (Iraq 2, Syria 2)")
    }

    @Test func aProvinceLevelRestatementStaysWithItsBase() {
        // "… two sites across the border in Syria, Tal Baydar in Hasakah province and al-Tanf": the
        // extractor may code the province as a fifth strike.
        let hasakah = place("Al Hasakah", 36.50237, 40.74772, admin1: "Al Hasakah", country: "Syria")
        let restated = report("gulf-observer-5", doc: "gulf-observer", actor2: "", place: hasakah, placeEvidence: "Hasakah province")
        for order in [[0, 1, 2], [2, 0, 1], [1, 2, 0]] {
            var linker = EventLinker()
            for index in order { linker.add(Self.documents[index] + (index == 2 ? [restated] : [])) }
            #expect(linker.canonicalEvents.count == 4)
            #expect(linker.canonicalEvent(containing: "gulf-observer-5")?.event.location == "Tal Baydar")
        }
    }
}
