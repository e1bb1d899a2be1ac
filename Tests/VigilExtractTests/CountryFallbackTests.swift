import Testing
import VigilExtract
import VigilModel

/// The country of an event whose text names no usable place, with the shipped geocoder: sentences written for Vigil.
@Suite struct CountryFallbackTests {
    func place(_ text: String) -> Place? {
        defaultExtractor.extract(document(text, published: "2021-04-05")).events.first?.place
    }

    @Test func aNationalityGivesTheCountry() {
        let p = place("On 4 April 2021, Kenyan police fired tear gas at protesters demanding better roads.")
        #expect(p?.iso3 == "KEN" && p?.geoPrecision == .region)
    }

    @Test func aGroupOfOneCountryGivesItsCapital() {
        let p = place("On 4 April 2021, Taliban fighters attacked a checkpoint, killing two soldiers.")
        #expect(p?.iso3 == "AFG" && p?.admin1 == "Kabul" && p?.geoPrecision == .region)
    }

    @Test func aGroupOfSeveralCountriesDoesNotDecideAlone() {
        #expect(place("On 4 April 2021, JNIM militants attacked a convoy, wounding two soldiers.")?.iso3 == nil)
        #expect(place("On 4 April 2021, Koglweogo members and JNIM militants clashed, leaving four dead.")?.iso3 == "BFA")
    }

    @Test func aVillageHomonymAbroadGivesWayToTheActorsCountry() {
        let p = place("On 4 April 2021, Koglweogo members killed two suspected thieves in the village of Tulare.")
        #expect(p?.iso3 == "BFA")
    }
}
