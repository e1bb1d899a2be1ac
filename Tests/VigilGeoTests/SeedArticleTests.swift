import Testing
import VigilModel
import VigilText
@testable import VigilGeo

/// The four US bases of the reference article, named in sentences like its own.
@Suite struct SeedArticleTests {
    let mentions: [PlaceMention]

    init() throws {
        mentions = try GeoTestSupport.mentions(
            """
            ERBIL, Kurdistan Region - An Iraqi militia said on Monday it had sent drones against four US bases.
            Three of them targeted the Ain al-Asad base in Iraq’s Anbar province. Another hit the US base near \
            Erbil International Airport, and two struck the Tel Baydar and al-Tanf bases in northeast Syria.
            The attacks come as Washington supports Israel in its war in the Gaza Strip.
            """, dateline: "ERBIL, Kurdistan Region")
    }

    @Test func ainAlAsadIsInAnbar() throws {
        let m = try #require(GeoTestSupport.mention("Ain al-Asad", in: mentions))
        #expect(m.kind == .facility)
        #expect(m.place.country == "Iraq" && m.place.iso3 == "IRQ")
        #expect(m.place.admin1 == "Anbar")
        #expect(m.place.geoPrecision == .exact)
        #expect(GeoTestSupport.km(m, 33.7856, 42.4412) < 25)
    }

    @Test func baseNearErbilAirport() throws {
        let m = try #require(GeoTestSupport.mention("Erbil International Airport", in: mentions))
        #expect(m.place.country == "Iraq")
        #expect(m.place.admin1 == "Erbil")
        #expect(m.place.geoPrecision <= .near)
        #expect(m.isNear)
        #expect(GeoTestSupport.km(m, 36.2376, 43.9632) < 25)
    }

    @Test func telBaydarIsInHasakah() throws {
        let m = try #require(GeoTestSupport.mention("Tel Baydar", in: mentions))
        #expect(m.place.country == "Syria")
        #expect(m.place.admin1 == "Hasakah")
        #expect(GeoTestSupport.km(m, 36.8713, 40.2184) < 25)
        #expect(m.notes.isEmpty)
    }

    @Test func alTanfIsInHomsWithANote() throws {
        let m = try #require(GeoTestSupport.mention("al-Tanf", in: mentions))
        #expect(m.place.country == "Syria")
        #expect(m.place.admin1 == "Homs")
        #expect(GeoTestSupport.km(m, 33.4990, 38.6600) < 25)
        #expect(m.notes.contains { $0.contains("northeast Syria") && $0.contains("Homs") })
    }

    @Test func capitalAsGovernmentIsNoPlace() {
        #expect(GeoTestSupport.mention("Washington", in: mentions) == nil)
        #expect(GeoTestSupport.mention("Israel", in: mentions)?.place.country == "Israel")
    }

    @Test func nationalityWordIsNoPlace() {
        #expect(GeoTestSupport.mention("Iraqi", in: mentions) == nil)
    }

    @Test func mentionsAreInTextOrder() {
        #expect(mentions.map(\.start) == mentions.map(\.start).sorted())
        #expect(mentions.first?.text == "ERBIL")
    }
}
