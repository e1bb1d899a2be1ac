import Testing
import VigilModel
import VigilText
@testable import VigilGeo

/// Places a user adds win over the shipped gazetteer.
@Suite struct UserPlaceTests {
    @Test func addedPlaceIsFound() throws {
        let geocoder = try GeoTestSupport.geocoder().adding([
            UserPlace(
                name: "Camp Redwood", latitude: 34.52, longitude: 69.18, country: "Afghanistan", iso3: "AFG",
                admin1: "Kabul", aliases: ["Redwood camp"])
        ])
        let ms = try GeoTestSupport.mentions("Gunmen attacked Camp Redwood at dawn.", using: geocoder)
        let m = try #require(ms.first)
        #expect(m.place.name == "Camp Redwood" && m.place.country == "Afghanistan" && m.place.admin1 == "Kabul")
        #expect(GeoTestSupport.km(m, 34.52, 69.18) < 0.1)
        let alias = try GeoTestSupport.mentions("Shots were fired at the Redwood camp.", using: geocoder)
        #expect(alias.first?.place.name == "Camp Redwood")
    }

    @Test func addedPlaceOverridesTheGazetteer() throws {
        let geocoder = try GeoTestSupport.geocoder().adding([
            UserPlace(name: "Kandahar", latitude: 31.60, longitude: 65.70, country: "Afghanistan", admin1: "Kandahar")
        ])
        let m = try #require(try GeoTestSupport.mentions("Police dispersed a crowd in Kandahar.", using: geocoder).first)
        #expect(GeoTestSupport.km(m, 31.60, 65.70) < 0.1)
        // The shared geocoder is unchanged.
        let shipped = try #require(try GeoTestSupport.mentions("Police dispersed a crowd in Kandahar.").first)
        #expect(GeoTestSupport.km(shipped, 31.60, 65.70) > 0.1)
    }
}
