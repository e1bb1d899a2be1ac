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

    /// ACLED codes a country-wide event at the seat of government, which for Benin is Cotonou, not Porto-Novo.
    @Test func aCountryWideEventIsCodedAtTheSeatOfGovernment() {
        let p = place("On 4 April 2021, teachers protested across Benin against the new tax on salaries.")
        #expect(p?.iso3 == "BEN" && p?.admin1 == "Littoral" && p?.geoPrecision == .region)
    }

    @Test func aForceOrPartyOfOneCountryGivesItsCapital() {
        #expect(place("On 4 April 2021, Carabineros dispersed protesters with water cannon and tear gas.")?.iso3 == "CHL")
        #expect(place("On 4 April 2021, ODM supporters clashed with police after a rally.")?.iso3 == "KEN")
    }

    @Test func aGroupOfSeveralCountriesDoesNotDecideAlone() {
        #expect(place("On 4 April 2021, JNIM militants attacked a convoy, wounding two soldiers.")?.iso3 == nil)
        #expect(place("On 4 April 2021, Koglweogo members and JNIM militants clashed, leaving four dead.")?.iso3 == "BFA")
    }

    func place(_ text: String, source: String) -> Place? {
        let doc = Document(id: "t1", source: source, published: CalendarDay(iso: "2021-04-05"), text: text)
        return defaultExtractor.extract(doc).events.first?.place
    }

    @Test func aForeignOwnerIsNoFallbackCountry() {
        let text = "On 4 April 2021, hundreds of workers of a Japanese-owned garment factory went on strike over unpaid wages."
        #expect(place(text, source: "Daily Mirror (Sri Lanka)")?.iso3 == "LKA")
        #expect(place("On 4 April 2021, villagers protested against a Chinese mining company.", source: "Nation (Kenya)")?.iso3 == "KEN")
    }

    @Test func refugeesCountryIsNotWhereTheyAre() {
        #expect(place("On 4 April 2021, dozens of Sudan refugees fought with sticks in Kakuma camp over a water point.")?.iso3 == "KEN")
    }

    @Test func aLowerCaseWordIsNoCountry() {
        let text = "On 4 April 2021, residents burned car tires after a child was hit by a truck."
        #expect(place(text, source: "Nation (Kenya)")?.iso3 == "KEN")
    }

    @Test func theSourcesCountryBeatsAForeignForcesNationality() {
        let text = "On 4 April 2021, Israeli forces arrested two men during a night raid and confiscated a car."
        #expect(place(text, source: "Wafa (Palestine)")?.iso3 == "PSE")
        #expect(place(text)?.iso3 == "ISR")
    }

    @Test func aPlaceInTheSourcesCountryIsAsGoodAsOneInANationalitysCountry() {
        let text = "On 4 April 2021, Ugandan herders clashed with residents of Lokichoggio, 60 km from Kotido."
        #expect(place(text, source: "Daily Nation (Kenya)")?.iso3 == "KEN")
        #expect(place(text)?.iso3 == "UGA")
    }

    @Test func aTextThatNamesACountryKeepsItsTownAgainstTheSourcesCountry() {
        let text = "On 9 October 2024, the armed forces of the Russian Federation struck a port facility in Odesa with a missile."
        #expect(place(text, source: "Ministry of Defence of the Russian Federation")?.iso3 == "UKR")
    }

    @Test func aCountryNamedInADetailDoesNotDisplaceTheLeadsTown() {
        let text = "On 6 May 2021, dozens of students protested in Herat against the closure of their school. "
            + "They also criticized a deal between the US and the Taliban."
        #expect(place(text)?.iso3 == "AFG")
    }

    @Test func aDivisionInTheActorsCountryIsNoDoubtfulHomonym() {
        let text = "On 4 April 2021, ISGS militants killed two herders in the area of Wouboudou (Koutougou, Soum)."
        #expect(place(text, source: "Al Jazeera (Qatar)")?.iso3 == "BFA")
    }

    @Test func aGreatCityNeedsNoSupportAgainstTheSourcesCountry() {
        let text = "On 4 April 2021, hundreds of students rallied outside the parliament in Bangkok, demanding reforms."
        #expect(place(text, source: "Voice of America")?.iso3 == "THA")
    }

    @Test func aVillageHomonymAbroadGivesWayToTheActorsCountry() {
        let p = place("On 4 April 2021, Koglweogo members killed two suspected thieves in the village of Tulare.")
        #expect(p?.iso3 == "BFA")
    }

    /// A country's embassy, sanctions, currency or envoy named where a protest happens is not where it happens.
    @Test func aCountrysMissionOrMoneyIsNoPlace() {
        #expect(place("On 4 April 2021, dozens of people protested in front of the US embassy against US sanctions.")?.iso3 == nil)
        #expect(place("On 4 April 2021, Hezbollah supporters protested against the rise of the US dollar.")?.iso3 == "LBN")
        #expect(place("On 4 April 2021, dozens of people protested against the new taxes in the United States.")?.iso3 == "USA")
        // A flag is waved where its people are; a country's institution that speaks is elsewhere.
        #expect(place("On 4 April 2021, waving Kenyan flags, thousands marched against a bill modelled on a Russian law.")?.iso3 == "KEN")
        #expect(place("On 4 April 2021, thousands protested outside Kenya's parliament against a bill modelled on a Russian law.")?.iso3 == "KEN")
        #expect(place("On 4 April 2021, Ukrainian forces shelled a village, Russia's defence ministry said.")?.iso3 == "UKR")
    }
}
