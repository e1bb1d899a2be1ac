import Testing
import VigilExtract
import VigilModel

/// Where an event happens among the places a text names, with the shipped geocoder: sentences written for Vigil.
@Suite struct PlaceChoiceTests {
    func event(_ text: String) -> Event? {
        defaultExtractor.extract(document(text, published: "2024-06-06")).events.first
    }

    /// Where the captives were taken, or the neighbour a district borders, is not where the event is.
    @Test func aDestinationCountryDoesNotPlaceTheEvent() {
        let taken = event("On 5 June 2024, gunmen abducted two herders in Wajir and took them to Somalia.")
        #expect(taken?.place?.iso3 == "KEN")
        #expect(taken?.place?.name == "Wajir")
        let bordering = event("On 5 June 2024, militants attacked a police post in Lamu county, bordering Somalia, killing two officers.")
        #expect(bordering?.place?.iso3 == "KEN")
    }

    /// A town whose readings all lie in one country (town or township) puts the document in that country, so the
    /// region named with it is believed over a namesake abroad.
    @Test func aTownOfOneCountryKeepsItsRegionOverANamesakeAbroad() {
        let e = event("Resistance fighters said on 5 June 2024 they had captured Kani town in Sagaing after a week of fighting with junta troops.")
        #expect(e?.place?.iso3 == "MMR")
    }

    @Test func aCountryWithItsProvinceInBracketsIsNoMoreSpecificThanADistrict() {
        let e = event("On 3 May 2024, coalition aircraft struck Harib district in central Yemen (Marib), destroying a bridge.")
        #expect(e?.place?.name == "Harib")
    }

    /// ACLED's "Town - Quarter (district, province)" places the event in the town, before a place that has only its
    /// country in brackets.
    @Test func aTownWithItsQuarterAndProvinceInBracketsIsBelievedOverOneWithOnlyItsCountry() {
        let e = event("On 5 June 2024, Israeli forces fired at farmers in Gaza - Shujaiyya (Gaza City, Gaza Strip) east of Nahal Oz (Israel), wounding one.")
        #expect(e?.place?.name == "Gaza")
        #expect(e?.place?.iso3 == "PSE")
    }

    /// ACLED's notes drop the apostrophe of a possessive: "Benins main opposition party" names Benin.
    @Test func aCountrysPossessiveWithoutItsApostropheNamesTheCountry() {
        let e = event("On 5 June 2024, police fired tear gas at supporters of Benins main opposition party who protested the results.")
        #expect(e?.place?.iso3 == "BEN")
        let f = event("On 5 June 2024, gunmen attacked a convoy of Burkina Fasos army, killing three soldiers.")
        #expect(f?.place?.iso3 == "BFA")
    }

    /// "near the border with Mali" names the neighbour, not the country of the town: it does not back Mali's namesake.
    @Test func aNeighbourNamedByItsBorderDoesNotBackANamesakeThere() {
        let e = event("On 5 June 2024, gunmen attacked a cattle market in Gorom-Gorom, in the north near the border with Mali, killing four traders.")
        #expect(e?.place?.iso3 == "BFA")
    }

    /// A road named by its two ends is placed at the first: "the Kantchari-Diapaga axis", "the axis Tougan-Toeni".
    @Test func aRoadNamedByItsEndsIsPlacedAtTheFirst() {
        let after = event("On 5 June 2024, an IED hit a military convoy on the Kantchari-Diapaga axis, killing three soldiers.")
        #expect(after?.place?.name == "Kantchari")
        let before = event("On 5 June 2024, gunmen ambushed a bus on the axis Tougan-Toeni in Burkina Faso and killed two passengers.")
        #expect(before?.place?.name == "Tougan")
    }

    @Test func rocketsHappenWhereTheyLandNotWhereTheyStart() {
        let e = event(
            "On 5 June 2024, gunmen fired three mortar rounds from the Radwaniyah area toward Baghdad International Airport.")
        #expect(e?.place?.name.contains("Baghdad") == true)
    }

    @Test func aDistanceFromAPlaceStillPlacesTheEventThere() {
        let e = event("On 5 June 2024, gunmen attacked a convoy 10 km from Mocimboa da Praia (Mocimboa da Praia, Cabo Delgado).")
        #expect(e?.place?.admin1 == "Cabo Delgado")
    }

    @Test func aStreetNamedAfterATownIsNotThatTown() {
        let e = event("On 5 June 2024, an airstrike hit a house on Yafa Street in Khan Younis, killing two people.")
        #expect(e?.place?.iso3 == "PSE")
    }

    @Test func foreignNationalsDoNotPlaceTheEvent() {
        let e = event("On 5 June 2024, gunmen abducted an American and a South Korean national near Pama on the road to Fada.")
        #expect(e?.place?.iso3 == "BFA")
    }

    @Test func aDoubtfulHomonymAbroadGivesWayToTheSourcesCountry() {
        let doc = Document(
            id: "t1", source: "Star (Kenya)", published: CalendarDay(iso: "2024-05-14"),
            text: "On 13 May 2024, in Matare, pupils protested over road accidents, demanding bumps in front of the school.")
        let e = defaultExtractor.extract(doc).events.first
        #expect(e?.place?.iso3 == "KEN")
    }

    @Test func aPlaceWithItsDivisionsInBracketsBeatsTheAttackersCountry() {
        let e = event(
            "On 2 May 2024, Israeli aircraft flying from a base near Beersheba struck a house in Beit Lahia (Gaza Strip), killing three people.")
        #expect(e?.place?.iso3 == "PSE")
    }

    @Test func foreignNationalsAreNoFallbackCountry() {
        let doc = Document(
            id: "t1", source: "Lefaso (Burkina Faso)", published: CalendarDay(iso: "2024-06-06"),
            text: "On 5 June 2024, gunmen abducted two Czech nationals travelling on a rural road, the army said.")
        #expect(defaultExtractor.extract(doc).events.first?.place?.iso3 == "BFA")
    }

    @Test func anAirForcesNationalityIsNoFallbackCountry() {
        let doc = Document(
            id: "t1", source: "Example Monitor (Syria)", published: CalendarDay(iso: "2024-06-06"),
            text: "On 5 June 2024, Russian military aircraft struck the outskirts of a village, killing two shepherds.")
        #expect(defaultExtractor.extract(doc).events.first?.place?.iso3 == "SYR")
    }
    @Test func whereSomeoneCameFromAndAnEarlierYearsPlaceAreBackground() {
        let e = event(
            "Protesters held portraits of sons who were captured in Mariupol in 2022 outside the city hall in Lviv on Wednesday. "
                + "\"We want them home,\" said a mother who travelled from Kherson for the rally.")
        #expect(e?.place?.name == "Lviv")
    }

    @Test func aPlaceInTheEventsOwnYearStillCounts() {
        let e = event("Protesters rallied in Lviv in 2024 to demand faster prisoner exchanges.")
        #expect(e?.place?.name == "Lviv")
    }
    @Test func aDistrictOfTheCityJustNamedStaysInThatCity() {
        let doc = document(
            "KHARKIV, Ukraine - Russia launched 12 drones at Kharkiv overnight, the governor said. Debris damaged a warehouse in "
                + "the city's Kyivskyi district.", published: "2024-11-14")
        let events = defaultExtractor.extract(doc).events
        #expect(events.count == 1)
        #expect(events.first?.place?.admin1 == "Kharkiv")
    }

    @Test func aProvinceBeforeTheDistrictItHoldsOnlySaysWhereTheDistrictLies() {
        // "Yala" is a town and its province: read as the town, it would beat the district the text names.
        let e = event("On 3 June 2024, a bomb exploded near a school in Yala's Bannang Sata district, wounding two rangers.")
        #expect(e?.place?.name == "Amphoe Bannang Sata")
        #expect(e?.place?.admin1 == "Yala")
    }

    /// News names a person in full once, then by surname: "journalist Tendai Moyo … Moyo was taken to …" is not the
    /// Ugandan district of Moyo.
    @Test func aSurnameIsThePersonNamedBefore() {
        let e = event(
            "Police in Harare on Tuesday arrested freelance journalist Tendai Moyo at his home, his lawyer said. Moyo was taken to "
                + "Harare Central police station and will appear in court on Thursday.")
        #expect(e?.place?.name == "Harare")
        #expect(e?.place?.iso3 == "ZWE")
        let titled = defaultExtractor.extract(document(
            "Police chief Inspector General Tariq Durrani said three officers were killed in Bannu on Monday. Durrani compared the "
                + "threat to the years after 2014.", published: "2024-06-06")).events
        #expect(titled.allSatisfy { $0.place?.name.contains("Durrani") != true })
    }

    /// A city of more than half a million, used as a place and spelt as it is named, holds against a place of another
    /// country elsewhere in the text.
    @Test func aLargeCityHoldsAgainstAPlaceAbroad() {
        let e = event("Police in Harare on Tuesday arrested an opposition activist at his home. In Gulu, traders said business was slow.")
        #expect(e?.place?.name == "Harare")
    }

    /// "attacked El Wak", "El Wak town": a town the attack's verb takes as its object, or that the text calls a town,
    /// is used as a place, so a town of 60,000 is believed without other support.
    @Test func anAttacksObjectIsAPlace() {
        let attacked = event("Al Shabaab militants attacked El Wak on Monday. Two people were killed.")
        #expect(attacked?.place?.name == "El Wak")
        #expect(attacked?.place?.iso3 == "KEN")
        let town = event("Militants stormed El Wak town on Monday, killing two people.")
        #expect(town?.place?.name == "El Wak")
    }

    /// "An Iraqi armed faction": an English article and a nationality word are not the village of Al Iraqi in Syria.
    @Test func anArticleAndANationalityAreNoPlace() {
        let e = defaultExtractor.extract(document(
            "An Iraqi armed faction said it launched drones at Ain al-Asad air base on Monday.", published: "2023-11-07")).events
        #expect(e.map(\.location) == ["Ain al-Asad Air Base"])
    }
}
