import Testing
import VigilModel
import VigilText
@testable import VigilGeo

/// The context of ACLED-style notes: second-order divisions, "of … district", dashes, features, current province names.
@Suite struct NoteContextTests {
    @Test func everyGeoNamesDistrictIsKnownWithItsAlternateNames() throws {
        let ms = try GeoTestSupport.mentions("Two policemen were shot dead at a checkpoint in Khogyani district, Nangarhar.")
        let district = try #require(GeoTestSupport.mention("Khogyani", in: ms))
        #expect(district.kind == .admin2 && district.place.admin1 == "Nangarhar")
        #expect(GeoTestSupport.km(district, 34.24, 70.18) < 25)
    }

    /// A qualifier ending in a suffix word is read whole first: "Mexico City" is the capital, not the state of Mexico.
    @Test func qualifierNamedWithCityIsThatCity() throws {
        let ms = try GeoTestSupport.mentions("Around 50 street vendors protested in Cuauhtemoc (Mexico City) against their eviction.")
        let borough = try #require(GeoTestSupport.mention("Cuauhtemoc", in: ms))
        #expect(borough.place.admin1 == "Ciudad de Mexico")
        #expect(GeoTestSupport.km(borough, 19.44, -99.15) < 10)
    }

    /// An abbreviated first word with its dot is part of the name: "St. Petersburg", "St. Louis".
    @Test func abbreviatedSaintOpensTheName() throws {
        let ms = try GeoTestSupport.mentions("Hundreds of people protested in St. Petersburg against the lockdown.")
        #expect(GeoTestSupport.mention("St. Petersburg", in: ms)?.place.country == "Russia")
    }

    @Test func misspeltProvinceInAQualifierStillNamesIt() throws {
        let ms = try GeoTestSupport.mentions("A policeman was wounded by a sniper in Surkh Rod district, Nangrhar, on Thursday.")
        #expect(GeoTestSupport.mention("Surkh Rod", in: ms)?.place.admin1 == "Nangarhar")
        #expect(Gazetteer.editDistance(Array("nangrhar".utf8), Array("nangarhar".utf8), limit: 2) == 1)
    }

    @Test func villageOfADistrictTakesTheDistrictOverAHomonymElsewhere() throws {
        let ms = try GeoTestSupport.mentions(
            "Farmers blocked the highway in Kotla village of Sangrur district, Punjab, demanding wheat procurement.")
        let village = try #require(GeoTestSupport.mention("Kotla", in: ms))
        #expect(village.place.admin1 == "Punjab" && village.place.country == "India")
    }

    @Test func parenthesisInAnotherCountryOutweighsAForeignHomonym() throws {
        let ms = try GeoTestSupport.mentions(
            "Gunmen on motorbikes entered the village of Pori (Botou, Tapoa) and burned the school.")
        let village = try #require(GeoTestSupport.mention("Pori", in: ms))
        #expect(village.place.country == "Burkina Faso")
    }

    /// A village the gazetteer knows only in another province (Kouberi, Alibori) is placed at the commune's seat.
    @Test func unknownVillageTakesTheCommuneSeatBeforeTheProvince() throws {
        let ms = try GeoTestSupport.mentions("Villagers lynched a man accused of sorcery in Kouberi (Nikki, Borgou) on Sunday.")
        let village = try #require(GeoTestSupport.mention("Kouberi", in: ms))
        #expect(village.place.admin1 == "Borgou" && village.place.geoPrecision == .near)
        #expect(GeoTestSupport.km(village, 9.94, 3.21) < 25)
    }

    /// Who's On First's villages: Kali of Nikki commune is found itself, not only its commune's seat.
    @Test func villageOfTheCommuneIsFound() throws {
        let ms = try GeoTestSupport.mentions("Villagers lynched a man accused of sorcery in Kali (Nikki, Borgou) on Sunday.")
        let village = try #require(GeoTestSupport.mention("Kali", in: ms))
        #expect(village.place.name == "Kali" && village.place.admin1 == "Borgou" && village.place.geoPrecision == .exact)
        #expect(GeoTestSupport.km(village, 9.94, 3.21) < 25)
    }

    @Test func parenthesisThatNamesNothingWholeStillBelongsToThePlace() throws {
        let ms = try GeoTestSupport.mentions("Unknown persons set fire to a mobile phone mast in Birmingham (West Midlands).")
        #expect(GeoTestSupport.mention("Birmingham", in: ms)?.place.country == "United Kingdom")
        #expect(ms.allSatisfy { $0.place.country == "United Kingdom" })
    }

    @Test func partAfterASpacedDashIsReadNearThePlaceBeforeIt() throws {
        let ms = try GeoTestSupport.mentions(
            "Rioters set fire to a bus in Dhaka - Badda (Badda) during the blockade called by the opposition.")
        #expect(ms.allSatisfy { $0.place.country == "Bangladesh" })
        #expect(GeoTestSupport.mention("Dhaka", in: ms) != nil)
    }

    @Test func dashBetweenTwoTownsOfARoadKeepsBoth() throws {
        let ms = try GeoTestSupport.mentions("Protesters blocked the Cotonou - Parakou road with burning tyres.")
        #expect(GeoTestSupport.mention("Parakou", in: ms)?.place.country == "Benin")
    }

    @Test func lakesAndMountainsNamedAfterACountryAreNotIt() throws {
        let ms = try GeoTestSupport.mentions("Insurgents attacked a military base in Monguno (Monguno, Borno) near Lake Chad.")
        #expect(GeoTestSupport.mention("Chad", in: ms) == nil)
        #expect(GeoTestSupport.mention("Monguno", in: ms)?.place.country == "Nigeria")
    }

    @Test func splitProvincesTakeTheirCurrentNames() throws {
        let ms = try GeoTestSupport.mentions("Militiamen attacked a camp for displaced people near Bunia, Ituri.")
        #expect(GeoTestSupport.mention("Bunia", in: ms)?.place.admin1 == "Ituri")
        let lebanon = try GeoTestSupport.mentions("Residents of Jounieh protested against power cuts in Mount Lebanon.")
        #expect(GeoTestSupport.mention("Jounieh", in: lebanon)?.place.admin1 == "Mount Lebanon")
    }
}
