import Testing
import VigilModel
import VigilText
@testable import VigilGeo

/// Homonyms, context, precision and places that are not places.
@Suite struct ResolutionTests {
    @Test func tripoliInLebanonByNationality() throws {
        let ms = try GeoTestSupport.mentions(
            "Lebanese soldiers deployed in Tripoli on Sunday after a night of clashes between rival gunmen.")
        #expect(GeoTestSupport.mention("Tripoli", in: ms)?.place.country == "Lebanon")
    }

    @Test func tripoliInLibyaByCountryName() throws {
        let ms = try GeoTestSupport.mentions("Shells fell south of Tripoli as fighting in Libya resumed after the truce.")
        let m = try #require(GeoTestSupport.mention("Tripoli", in: ms))
        #expect(m.place.country == "Libya")
        #expect(m.isNear && m.place.geoPrecision == .near)
    }

    /// A town the gazetteer knows only in another province than the one the text names gives way to that province.
    @Test func aTownOutsideTheProvinceTheTextNamesIsNotIt() throws {
        let other = try GeoTestSupport.mentions("Kenyan police dispersed protesters in the town of Mumias, Nakuru, on Monday.")
        #expect(GeoTestSupport.mention("Mumias", in: other)?.place.admin1 == "Nakuru")
        let own = try GeoTestSupport.mentions("Kenyan police dispersed protesters in the town of Mumias, Kakamega, on Monday.")
        #expect(GeoTestSupport.mention("Mumias", in: own)?.place.name == "Mumias")
    }

    /// A small homonym far from every country the words point to is not the place; one nearby is.
    @Test func aVillageHomonymFarFromTheActorsCountryIsDropped() throws {
        let far = try GeoTestSupport.mentions("Koglweogo members killed two suspected thieves in the village of Tulare.")
        #expect(GeoTestSupport.mention("Tulare", in: far) == nil)
        let alone = try GeoTestSupport.mentions("Protesters gathered in the village of Tulare.")
        #expect(GeoTestSupport.mention("Tulare", in: alone)?.place.country == "United States")
        let near = try GeoTestSupport.mentions("Israeli forces raided the village of Burin, wounding two people.")
        #expect(GeoTestSupport.mention("Burin", in: near)?.place.country == "Palestine")
    }

    /// A village of unknown size is believed after "in" when no other country has a place spelt so; a namesake
    /// abroad keeps it doubtful.
    @Test func aSmallVillageOfOneCountryIsBelievedAfterIn() throws {
        let ms = try GeoTestSupport.mentions("Armed men stormed the school in Yendere on Monday.")
        let yendere = try #require(GeoTestSupport.mention("Yendere", in: ms))
        #expect(yendere.place.country == "Burkina Faso")
        #expect(yendere.confidence < 0.8)
        let bare = try GeoTestSupport.mentions("Yendere residents said the school had closed.")
        #expect(GeoTestSupport.mention("Yendere", in: bare) == nil)
    }

    /// A country named as where captives were taken is weak evidence, and no place of its own for the event.
    @Test func aDestinationCountryIsWeakEvidence() throws {
        let ms = try GeoTestSupport.mentions("Gunmen abducted two herders in Garissa on Sunday and took them to Somalia.")
        #expect(GeoTestSupport.mention("Garissa", in: ms)?.place.country == "Kenya")
        #expect(GeoTestSupport.mention("Somalia", in: ms)?.isDestination == true)
        let named = try GeoTestSupport.mentions("Troops from Somalia arrived in Garissa on Sunday.")
        #expect(GeoTestSupport.mention("Somalia", in: named)?.isDestination == false)
    }

    /// A name that is an English word is weak evidence; another spelling of the same place is not that word.
    @Test func onlyTheWordItselfIsAnOrdinaryWord() throws {
        let geocoder = try GeoTestSupport.geocoder()
        #expect(geocoder.explain("Protesters gathered in Seme on Monday.").contains("Semi (populatedPlace, Queme, Benin): +2.2 population 23,636\n"))
        #expect(geocoder.explain("Police dispersed a crowd in Semi (Queme) on Monday.").contains("ordinary English word"))
    }

    /// A city of millions written as it is named is believed without support, and its own province is no rival.
    @Test func aGreatCityIsConfident() throws {
        let m = try #require(try GeoTestSupport.mentions("Hundreds of students rallied in Bangkok on Monday.").first)
        #expect(m.place.country == "Thailand" && m.confidence > 0.9)
    }

    /// A town's university, school or council is in the town; an armed unit named after a town is not a place.
    @Test func aTownsInstitutionPlacesTheTown() throws {
        let m = try GeoTestSupport.mentions("Kisii University students staged a protest over fees.")
        #expect(GeoTestSupport.mention("Kisii", in: m)?.place.country == "Kenya")
        #expect(try GeoTestSupport.mentions("Fighters of the Kisii Brigade were seen.").isEmpty)
    }

    /// "Capital" and "Institut" begin the names of bodies, not of Denmark's or Azerbaijan's places.
    @Test func genericWordsOfBodiesAreNoPlaces() throws {
        let m = try GeoTestSupport.mentions("Residents protested in front of the Capital Development Authority office in Islamabad.")
        #expect(m.map(\.place.country) == ["Pakistan"])
        #expect(try GeoTestSupport.mentions("Students protested in front of the Institut National de Formation.").isEmpty)
    }

    @Test func hamaAndHamahAreOnePlace() throws {
        let a = try #require(try GeoTestSupport.mentions("Government aircraft struck a market in Hama in Syria.").first)
        let b = try #require(try GeoTestSupport.mentions("Government aircraft struck a market in Hamah in Syria.").first)
        #expect(a.place.country == "Syria" && b.place.country == "Syria")
        #expect(GeoTestSupport.km(a, b.place.latitude, b.place.longitude) < 5)
    }

    @Test func georgiaTheCountry() throws {
        let ms = try GeoTestSupport.mentions("Russian troops have stayed in Georgia since the war, residents of Tbilisi said.")
        let m = try #require(GeoTestSupport.mention("Georgia", in: ms))
        #expect(m.kind == .country && m.place.country == "Georgia")
    }

    @Test func georgiaTheState() throws {
        let ms = try GeoTestSupport.mentions("Police in Atlanta, Georgia, arrested twelve people at a march downtown.")
        #expect(GeoTestSupport.mention("Atlanta", in: ms)?.place.country == "United States")
        let georgia = try #require(GeoTestSupport.mention("Georgia", in: ms))
        #expect(georgia.kind == .admin1 && georgia.place.country == "United States")
    }

    @Test func capitalsStandingForGovernments() throws {
        #expect(try GeoTestSupport.mentions("Tehran denied any role in the attack.").isEmpty)
        #expect(try GeoTestSupport.mentions("Moscow said the talks would continue.").isEmpty)
        let ms = try GeoTestSupport.mentions("Protesters gathered in Tehran on Friday.")
        #expect(GeoTestSupport.mention("Tehran", in: ms)?.place.country == "Iran")
    }

    @Test func nationalityWordsAreEvidenceNotPlaces() throws {
        #expect(try GeoTestSupport.mentions("Iraqi officials said the convoy had been hit.").isEmpty)
        let countries = try GeoTestSupport.geocoder().countries
        #expect(countries.country(adjective: "Iraqi")?.name == "Iraq")
        #expect(countries.country(adjective: "Congolese")?.name == "Democratic Republic of Congo")
        #expect(countries.country(adjective: "Burkinabe")?.name == "Burkina Faso")
        #expect(countries.country(adjective: "Ivorian")?.name == "Ivory Coast")
    }

    @Test func peopleNamedLikePlaces() throws {
        let ms = try GeoTestSupport.mentions("President Jordan met Antony Blinken in Amman on Tuesday.")
        #expect(GeoTestSupport.mention("Jordan", in: ms) == nil)
        #expect(GeoTestSupport.mention("Antony", in: ms) == nil)
        #expect(GeoTestSupport.mention("Amman", in: ms)?.place.country == "Jordan")
    }

    @Test func parenthesisPicksTheDistrict() throws {
        let ms = try GeoTestSupport.mentions("Villagers beat a trader in Kishangarh town (Alwar, Rajasthan) over a debt.")
        let m = try #require(GeoTestSupport.mention("Kishangarh", in: ms))
        #expect(m.place.admin1 == "Rajasthan")
        #expect(m.place.admin2 == "Alwar")
        #expect(m.place.geoPrecision == .exact)
    }

    @Test func parenthesisPicksTheCountry() throws {
        let ms = try GeoTestSupport.mentions("Farmers blocked the ring road in Cordoba (Spain) with tractors.")
        #expect(GeoTestSupport.mention("Cordoba", in: ms)?.place.country == "Spain")
    }

    @Test func parenthesisOutweighsPopulation() throws {
        let sindh = try GeoTestSupport.mentions("Lawyers boycotted the courts in Hyderabad (Sindh) on Wednesday.")
        #expect(GeoTestSupport.mention("Hyderabad", in: sindh)?.place.country == "Pakistan")
        let bihar = try GeoTestSupport.mentions("Police detained twenty activists in Aurangabad (BR) after the march.")
        #expect(GeoTestSupport.mention("Aurangabad", in: bihar)?.place.admin1 == "Bihar")
    }

    @Test func acronymsAreNoPlaces() throws {
        let ms = try GeoTestSupport.mentions("Members of the UTICA employers' union met in Sfax, Tunisia.")
        #expect(GeoTestSupport.mention("UTICA", in: ms) == nil)
        #expect(GeoTestSupport.mention("Sfax", in: ms)?.place.country == "Tunisia")
    }

    @Test func precisionFollowsWhatIsNamed() throws {
        let province = try GeoTestSupport.mentions("Troops clashed with militants in Ghazni province of Afghanistan.")
        let m1 = try #require(GeoTestSupport.mention("Ghazni", in: province))
        #expect(m1.kind == .admin1 && m1.place.geoPrecision == .region)

        let part = try GeoTestSupport.mentions("An airstrike hit a compound in northern Helmand in Afghanistan.")
        let m2 = try #require(GeoTestSupport.mention("Helmand", in: part))
        #expect(m2.kind == .admin1 && m2.place.geoPrecision == .near)

        let town = try GeoTestSupport.mentions("A bomb went off in a market in Kandahar city, Afghanistan.")
        let m3 = try #require(GeoTestSupport.mention("Kandahar", in: town))
        #expect(m3.kind == .populatedPlace && m3.place.geoPrecision == .exact)
        #expect(m3.place.country == "Afghanistan")

        let near = try GeoTestSupport.mentions("Gunmen ambushed a convoy 10 km north of Kandahar in Afghanistan.")
        let m4 = try #require(GeoTestSupport.mention("Kandahar", in: near))
        #expect(m4.isNear && m4.place.geoPrecision == .near)

        let country = try GeoTestSupport.mentions("Floods displaced thousands across Somalia.")
        let m5 = try #require(country.first)
        #expect(m5.kind == .country && m5.place.geoPrecision == .region && m5.place.country == "Somalia")
    }

    @Test func organizationsNamedAfterPlacesAreNoPlaces() throws {
        let ms = try GeoTestSupport.mentions("Fighters of the Hamza Division clashed with Al Shabaab near the river.")
        #expect(ms.isEmpty)
    }

    @Test func aRepeatedNameIsNotItsOwnEvidence() throws {
        let ms = try GeoTestSupport.mentions(
            "Bariba youths blocked a road in Nikki (Nikki, Borgou) after two Bariba herders were arrested.")
        #expect(ms.allSatisfy { $0.place.country == "Benin" })
        #expect(GeoTestSupport.mention("Nikki", in: ms)?.place.country == "Benin")
    }

    @Test func foreignNationalsAreNoEvidenceForTheirCountry() throws {
        let ms = try GeoTestSupport.mentions("Gunmen abducted an American and a South Korean national near Pama on the road to the border.")
        #expect(GeoTestSupport.mention("Pama", in: ms)?.place.country == "Burkina Faso")
        let tripoli = try GeoTestSupport.mentions("Two Lebanese nationals were kidnapped in Tripoli by an armed group.")
        #expect(GeoTestSupport.mention("Tripoli", in: tripoli)?.place.country != "Lebanon")
    }

    @Test func aMolotovCocktailIsNoPlace() throws {
        let ms = try GeoTestSupport.mentions("Unknown assailants threw a Molotov cocktail at the office of the ruling party in Batumi.")
        #expect(GeoTestSupport.mention("Molotov", in: ms) == nil)
        #expect(GeoTestSupport.mention("Batumi", in: ms)?.place.country == "Georgia")
    }

    /// "district centre, Balkh": the province after the seat qualifies the district, so the Dawlat Abad in Balkh beats
    /// Faryab's district of the name.
    @Test func aProvinceAfterTheDistrictCentreQualifiesTheDistrict() throws {
        let ms = try GeoTestSupport.mentions(
            "Gunmen attacked a police post in Dawlat Abad district centre, Balkh, overnight, wounding three officers.")
        #expect(GeoTestSupport.mention("Dawlat Abad", in: ms)?.place.admin1 == "Balkh")
    }

    /// "Nahri Saraj district, Helmand": the province's district the gazetteer spells "Nahr-e Saraj" (or its Who's On
    /// First record), not the province's centre; a village "of" a district is that village, no misspelt district.
    @Test func aDistrictSpeltOtherwiseIsFoundInTheProvinceNamedAfterIt() throws {
        let ms = try GeoTestSupport.mentions(
            "Taliban fighters overran a checkpoint in Nahri Saraj district, Helmand, killing four police officers.")
        let m = try #require(GeoTestSupport.mention("Nahri Saraj", in: ms))
        #expect([m.place.name, m.place.admin2].contains("Nahr-e Saraj") && m.place.admin1 == "Helmand")
        let village = try GeoTestSupport.mentions("Snipers shot two soldiers in Takir of Mizan district, Zabul.")
        #expect(GeoTestSupport.mention("Takir", in: village)?.place.admin2 == "Mizan")
        #expect(GeoTestSupport.mention("Mizan", in: village)?.place.name == "Mizan")
    }

    /// Places listed together lie in one country: al-Tanf, listed with Tal Baydar after "in Syria", is the Syrian base,
    /// not the Iraqi village of that name that the Iraqi actors and Anbar would favour.
    @Test func placesListedTogetherShareTheirCountry() throws {
        let ms = try GeoTestSupport.mentions(
            "Iraqi militias fired rockets at a base in Anbar on Monday and at two sites across the border in Syria, "
                + "Tal Baydar in Hasakah province and al-Tanf near the Jordanian frontier.")
        #expect(GeoTestSupport.mention("Tanf", in: ms)?.place.country == "Syria")
    }

    /// "the Catatumbo region" is a region the gazetteer lacks, not a hamlet called Catatumbo.
    @Test func aRegionIsNoHamletOfItsName() throws {
        let ms = try GeoTestSupport.mentions("Colombian soldiers clashed with ELN guerrillas in the Catatumbo region on Saturday.")
        #expect(GeoTestSupport.mention("Catatumbo", in: ms).map { $0.kind != .populatedPlace } ?? true)
    }

    /// "the Grand Ravine gang" names a gang, not where the event is.
    @Test func aGangNamedAfterAPlaceIsNoPlace() throws {
        let ms = try GeoTestSupport.mentions("The leader of the Grand Ravine gang claimed the attack on Gressier.")
        #expect(GeoTestSupport.mention("Ravine", in: ms) == nil)
        #expect(GeoTestSupport.mention("Gressier", in: ms)?.place.country == "Haiti")
    }

    /// A town of two words written as one ("Gujarkhan" for Gujar Khan) is found: the packed index files both.
    @Test func aTwoWordTownWrittenAsOneWordIsFound() throws {
        let ms = try GeoTestSupport.mentions("Police baton-charged traders in Gujarkhan, Punjab, on Tuesday.")
        #expect(GeoTestSupport.mention("Gujarkhan", in: ms)?.place.name == "Gujar Khan")
    }
}
