import Testing
import VigilModel
import VigilText
@testable import VigilGeo

/// Divisions named in parentheses, division names that follow ISO 3166-2, actors and peoples as evidence.
@Suite struct DivisionEvidenceTests {
    @Test func parenthesisDivisionsVouchForTheirCountry() throws {
        let ms = try GeoTestSupport.mentions("Farmers marched through Bama (Bama, Houet) on Monday over land sales.")
        #expect(GeoTestSupport.mention("Bama", in: ms)?.place.country == "Burkina Faso")
    }

    @Test func parenthesisDivisionStandsInAcrossCountries() throws {
        let ms = try GeoTestSupport.mentions(
            "On 3 March, villagers blocked a road in Madhoganj upazila (Kishoregonj, Dhaka) after a dispute over land.")
        let m = try #require(GeoTestSupport.mention("Madhoganj", in: ms))
        #expect(m.place.country == "Bangladesh")
        #expect(m.place.admin1 == "Dhaka")
        #expect(m.place.geoPrecision != .exact)
    }

    @Test func laterParenthesisPartOverridesAHomonymElsewhere() throws {
        let ms = try GeoTestSupport.mentions("Police arrested two traders in Kouande (Kouande, Atacora) on Friday.")
        let m = try #require(GeoTestSupport.mention("Kouande", in: ms))
        #expect(m.place.country == "Benin" && m.place.admin1 == "Atakora")
    }

    @Test func divisionsUseTheirCurrentNames() throws {
        let bf = try GeoTestSupport.mentions("Gunmen burned a school in Hauts-Bassins region on Tuesday.")
        #expect(GeoTestSupport.mention("Hauts-Bassins", in: bf)?.place.admin1 == "Hauts-Bassins")
        let bd = try GeoTestSupport.mentions("Students rallied in Mymensingh city in Bangladesh.")
        #expect(GeoTestSupport.mention("Mymensingh", in: bd)?.place.admin1 == "Mymensingh")
        let bj = try GeoTestSupport.mentions("Traders protested in Ketou (Ketou, Plateau) and in Oueme department.")
        #expect(GeoTestSupport.mention("Oueme", in: bj)?.place.country == "Benin")
    }

    @Test func actorsOfOneCountryAreEvidence() throws {
        let ms = try GeoTestSupport.mentions("Taliban fighters attacked a checkpoint in Farah city overnight.")
        #expect(GeoTestSupport.mention("Farah", in: ms)?.place.country == "Afghanistan")
    }

    @Test func actorsOfAFewCountriesAreEvidenceForEach() throws {
        let ms = try GeoTestSupport.mentions("ISGS fighters looted shops in Bama on Sunday.")
        #expect(GeoTestSupport.mention("Bama", in: ms)?.place.country == "Burkina Faso")
    }

    @Test func possessiveInsideAName() throws {
        let ms = try GeoTestSupport.mentions("Police clashed with protesters in Cox's Bazar on Monday.")
        #expect(GeoTestSupport.mention("Cox's Bazar", in: ms)?.place.country == "Bangladesh")
        let anbar = try GeoTestSupport.mentions("Drones struck a convoy in Iraq's Anbar province.")
        #expect(GeoTestSupport.mention("Anbar", in: anbar)?.place.country == "Iraq")
    }

    @Test func peoplesAreNotPlaces() throws {
        let ms = try GeoTestSupport.mentions("Mossi and Fulani herders clashed near Kaya in Burkina Faso.")
        #expect(GeoTestSupport.mention("Mossi", in: ms) == nil)
        #expect(GeoTestSupport.mention("Kaya", in: ms)?.place.country == "Burkina Faso")
    }
}
