import Testing
import VigilModel
import VigilText
@testable import VigilExtract

/// The countries a document's source names: country words, national outlets (`outlets.tsv`) and glued names.
@Suite struct SourceCountryTests {
    func codes(_ source: String) -> [String] {
        defaultExtractor.sourceCountryStage.sourceCountries(of: source).map(\.iso3)
    }

    @Test func aNationalOutletNamesItsCountry() {
        #expect(codes("Dawn") == ["PAK"])
        #expect(codes("Premium Times") == ["NGA"])
        #expect(codes("PREMIUM TIMES") == ["NGA"])
        #expect(codes("Kyiv Post") == ["UKR"])
        #expect(codes("El Tiempo") == ["COL"])
        #expect(codes("Prensa Libre") == ["GTM"])
        #expect(codes("SANA") == ["SYR"])
        #expect(codes("The Punch") == ["NGA"])
        #expect(codes("Daily Nation (Kenya)") == ["KEN"])
        // Ouagadougou's daily; "Le Pays Roannais" is French, and a country word beside the name still wins.
        #expect(codes("Le Pays") == ["BFA"] && codes("Le Pays Roannais") == ["FRA"] && codes("Le Pays (Switzerland)") == ["CHE"])
    }

    @Test func accentsHyphensAndDotsAreIgnored() {
        #expect(codes("Al Masry Al Youm") == ["EGY"])
        #expect(codes("Al-Masry Al-Youm") == ["EGY"])
        #expect(codes("Legit.ng") == ["NGA"])
        #expect(codes("Excélsior") == ["MEX"])
        #expect(codes("excelsior") == ["MEX"])
    }

    @Test func everyOutletOfASourceCounts() {
        #expect(codes("Dawn; Kathmandu Post") == ["PAK", "NPL"])
        #expect(codes("Punch, Daily Monitor") == ["NGA", "UGA"])
        #expect(codes("Premium Times; Punch") == ["NGA"])
        #expect(codes("Twitter; Radio Okapi") == ["COD"])
    }

    @Test func internationalOutletsNameNoCountry() {
        #expect(codes("Reuters").isEmpty)
        #expect(codes("AFP").isEmpty)
        #expect(codes("Xinhua").isEmpty)
        #expect(codes("Anadolu Agency").isEmpty)
        #expect(codes("Twitter").isEmpty)
        #expect(codes("Voice of America").isEmpty)
        #expect(codes("France 24").isEmpty)
        #expect(codes("Agence France-Presse; Reuters").isEmpty)
    }

    @Test func aCountryWordBesideAnOutletWins() {
        // "Daily Times" alone is Pakistan's; with a country in the same part, that country.
        #expect(codes("Daily Times") == ["PAK"])
        #expect(codes("Daily Times (Nigeria)") == ["NGA"])
        // A country word inside an outlet's name is the outlet's.
        #expect(codes("Irish News") == ["GBR"])
        #expect(codes("Voice of America Somali") == ["SOM"])
    }

    @Test func gluedCountryNamesAndDemonymsCount() {
        #expect(codes("Libya24") == ["LBY"])
        #expect(codes("Burkina24") == ["BFA"])
        #expect(codes("IraqiNews") == ["IRQ"])
        #expect(codes("NewZimbabwe") == ["ZWE"])
        #expect(codes("Malawi24") == ["MWI"])
        #expect(codes("eSwatini Observer") == ["SWZ"])
    }

    @Test func unknownSourcesNameNoCountry() {
        #expect(codes("").isEmpty)
        #expect(codes("Example Gazette").isEmpty)
        #expect(codes("Gao24").isEmpty)
        #expect(codes("Local Source").isEmpty)
        // "Sana'a" is Yemen's capital, not the Syrian agency.
        #expect(codes("Sana'a Center").isEmpty)
    }

    @Test func theOutletListIsWellFormed() throws {
        let file = try TSVResource(named: "outlets.tsv")
        #expect(file.rows.count >= 600)
        // The lexicon the extractor reads lazily loads without an error.
        #expect(try OutletLexicon.shared.get().count >= 600)
        let known = Set(defaultExtractor.sourceCountryStage.countriesByCode.keys)
        var seen: [[String]: String] = [:]
        for row in file.rows {
            #expect(row[1] == "-" || known.contains(row[1]), "line \(row.line): unknown code \(row[1])")
            let words = OutletLexicon.words(of: OutletLexicon.tokens(of: row[0])).map(\.norm)
            if let earlier = seen[words] {
                #expect(earlier == row[1], "line \(row.line): \(row[0]) is also \(earlier)")
            }
            seen[words] = row[1]
        }
    }

    @Test func aDoubtfulHomonymAbroadGivesWayToTheOutletsCountry() {
        let doc = Document(
            id: "t1", source: "Daily Nation", published: CalendarDay(iso: "2024-05-14"),
            text: "On 13 May 2024, in Matare, pupils protested over road accidents, demanding bumps in front of the school.")
        #expect(defaultExtractor.extract(doc).events.first?.place?.iso3 == "KEN")
    }

    @Test func aTextWithoutAPlaceIsPlacedInTheOutletsCountry() {
        let doc = Document(
            id: "t1", source: "Premium Times", published: CalendarDay(iso: "2024-06-06"),
            text: "On 5 June 2024, gunmen abducted two farmers travelling on a rural road, police said.")
        #expect(defaultExtractor.extract(doc).events.first?.place?.iso3 == "NGA")
        // The same text from an unknown outlet is placed nowhere in particular.
        let unknown = Document(id: "t2", source: "Example Gazette", published: doc.published, text: doc.text)
        #expect(defaultExtractor.extract(unknown).events.first?.place?.iso3 != "NGA")
    }
}
