import Foundation
import Testing
import VigilModel
import VigilText
@testable import VigilGeo

/// Loading, name keys, countries and country outlines.
@Suite struct GazetteerTests {
    @Test func loadsWithinBudget() throws {
        _ = try Gazetteer.loadDefault()
        let directory = try #require(Bundle.module.url(forResource: "Resources", withExtension: nil))
        // CPU time of this thread, so that other processes on the machine do not count.
        let before = GazetteerTests.threadCPUSeconds()
        _ = try Gazetteer(directory: directory)
        let seconds = GazetteerTests.threadCPUSeconds() - before
        // The budget is 300 ms for optimized builds; unoptimized test builds get more room.
        #if DEBUG
            #expect(seconds < 8)
        #else
            #expect(seconds < 0.3)
        #endif
    }

    static func threadCPUSeconds() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }

    @Test func scriptKeysMatchSwiftNormalization() throws {
        let gazetteer = try Gazetteer.loadDefault()
        var missing: [String] = []
        let places = gazetteer.entries.head.count..<(gazetteer.entries.head.count + gazetteer.entries.places.count)
        for i in stride(from: places.lowerBound, to: places.upperBound, by: 997) {
            let e = gazetteer.entries[i]
            if !gazetteer.entries(named: e.name).contains(i) { missing.append(e.name) }
        }
        #expect(missing.isEmpty, "\(missing.prefix(20))")
    }

    /// admin1.tsv, admin2.tsv and airports.tsv carry keys written by scripts/build_gazetteer.py: each division and
    /// airport is found under the key Swift makes of its name.
    @Test func divisionAndAirportKeysMatchSwiftNormalization() throws {
        let gazetteer = try Gazetteer.loadDefault()
        var missing: [String] = []
        let entries = gazetteer.entries
        let districts = (0..<entries.places.admin2Rows).map { entries.entry(district: $0) }
        let divisions = entries.head.indices.filter { entries.head[$0].kind != .country } + districts
        for i in divisions where i % 7 == 0 {
            if !gazetteer.entries(named: entries[i].name).contains(i) { missing.append(entries[i].name) }
        }
        #expect(districts.allSatisfy { entries.kind($0) == .admin2 })
        let tailStart = entries.head.count + entries.places.admin2Rows + entries.places.count
        for k in stride(from: 0, to: gazetteer.entries.tail.count, by: 11) where gazetteer.entries.tail[k].detail == "airport" {
            if !gazetteer.entries(named: gazetteer.entries.tail[k].name).contains(tailStart + k) {
                missing.append(gazetteer.entries.tail[k].name)
            }
        }
        #expect(divisions.count > 30_000)
        #expect(missing.isEmpty, "\(missing.prefix(20))")
    }

    @Test func countriesUseAcledNames() throws {
        let countries = try GeoTestSupport.geocoder().countries
        #expect(countries.country(named: "DRC")?.name == "Democratic Republic of Congo")
        #expect(countries.country(named: "Côte d'Ivoire")?.name == "Ivory Coast")
        #expect(countries.country(code: "SWZ")?.name == "eSwatini")
        #expect(countries.country(code: "PS")?.name == "Palestine")
        #expect(countries.country(named: "Czechia")?.name == "Czech Republic")
        #expect(countries.country(named: "Burma")?.iso3 == "MMR")
        #expect(countries.country(named: "Iraq")?.capital == "Baghdad")
    }

    /// Capitals that form a division of their own keep it: ACLED's admin1 of an event in Kyiv is "Kyiv City".
    @Test func capitalCitiesHaveTheirOwnDivision() throws {
        for (text, admin1) in [("Protesters gathered in Kyiv.", "Kyiv City"), ("Protesters gathered in Bamako.", "Bamako")] {
            let m = try #require(try GeoTestSupport.mentions(text).first)
            #expect(m.place.admin1 == admin1, "\(text)")
        }
    }

    /// Divisions go by their usual English names and the borders ACLED codes by (Belgrade apart from Central Serbia).
    @Test func divisionsHaveTheirCurrentNames() throws {
        for (text, admin1) in [
            ("Protesters gathered in Cairo.", "Cairo"), ("Protesters gathered in Lyon.", "Auvergne-Rhone-Alpes"),
            ("Protesters gathered in Rabat.", "Rabat-Sale-Kenitra"), ("Protesters gathered in Sfax.", "Sfax"),
            ("Protesters gathered in Bamenda.", "Nord-Ouest"), ("Shells fell on Tartar.", "Tartar"), ("Shells fell on Qazax.", "Gazakh"),
            ("Protesters gathered in Tripoli, Lebanon.", "North"), ("Protesters gathered in Sidon.", "South"),
            ("Protesters gathered in Panama City.", "Panama"), ("Protesters gathered in Novi Sad.", "Vojvodina"),
            ("Protesters gathered in Belgrade.", "Belgrade"), ("Protesters gathered in Nis.", "Central Serbia"),
            ("Fighting broke out in Tarhuna.", "Al Marqab"), ("Protesters gathered in Mixco.", "Guatemala"),
            ("Protesters gathered in Albany, New York.", "New York"), ("Protesters gathered in Quezon City.", "National Capital Region"),
        ] {
            let m = try #require(try GeoTestSupport.mentions(text).first)
            #expect(m.place.admin1 == admin1, "\(text)")
        }
    }

    /// In Uganda ACLED's first-order divisions are the districts, not the four regions.
    @Test func ugandanPlacesAreFiledByDistrict() throws {
        for (text, admin1) in [("Protesters gathered in Kampala.", "Kampala"), ("Soldiers shot a man in Gulu.", "Gulu")] {
            let m = try #require(try GeoTestSupport.mentions(text).first)
            #expect(m.place.admin1 == admin1, "\(text)")
        }
    }

    @Test func pointsFallInTheirCountry() throws {
        let shapes = try GeoTestSupport.geocoder().gazetteer.shapes
        #expect(shapes.distanceOutside(latitude: 33.34, longitude: 44.40, iso3: "IRQ") == 0)
        #expect((shapes.distanceOutside(latitude: 48.85, longitude: 2.35, iso3: "IRQ") ?? 0) > 1000)
        #expect(shapes.countries(containingLatitude: 33.34, longitude: 44.40) == ["IRQ"])
    }

    @Test func curatedFacilitiesLieInTheirCountries() throws {
        let gazetteer = try GeoTestSupport.geocoder().gazetteer
        var outside: [String] = []
        for e in gazetteer.entries.tail where e.kind == .facility && !e.source.hasPrefix("airportsdata") {
            let iso3 = gazetteer.country(of: e).iso3
            if let d = gazetteer.shapes.distanceOutside(latitude: e.latitude, longitude: e.longitude, iso3: iso3),
                d > CountryShapes.tolerance
            {
                outside.append("\(e.name) \(Int(d)) km")
            }
        }
        #expect(outside.isEmpty, "\(outside)")
    }

    @Test func pointOutsideItsCountryIsFlagged() throws {
        let geocoder = try GeoTestSupport.geocoder().adding([
            UserPlace(name: "Misplaced Depot", latitude: 48.85, longitude: 2.35, country: "Iraq")
        ])
        let m = try #require(try GeoTestSupport.mentions("A fire broke out at Misplaced Depot.", using: geocoder).first)
        #expect(m.notes.contains { $0.contains("outside Iraq") })
    }

    @Test func geocodedMentionsEncodeAsJSON() throws {
        let mentions = try GeoTestSupport.geocoder().geocode(AnalyzedText("Shells fell on Tripoli in Libya."))
        let json = String(decoding: try JSONEncoder().encode(mentions), as: UTF8.self)
        #expect(json.contains("\"geo_precision\""))
        #expect(json.contains("\"candidates\""))
        #expect(json.contains("\"reasons\""))
    }

    @Test func explainListsCandidatesAndReasons() throws {
        let text = try GeoTestSupport.geocoder().explain("Shells fell on Tripoli in Libya.")
        #expect(text.contains("Tripoli"))
        #expect(text.contains("Libya named in the document"))
    }
}
