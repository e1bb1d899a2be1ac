import Foundation
import VigilExtract
import VigilGeo
import VigilModel
import VigilText

/// A tiny gazetteer for tests: fixed phrases resolved to fixed places.
struct TestPlaces: PlaceRecognizing {
    struct Entry {
        let phrase: String
        let kind: PlaceKind
        let place: Place
    }

    private var lexicon = PhraseLexicon<Entry>()

    init(_ entries: [Entry]) {
        for entry in entries { lexicon.add(entry.phrase, entry) }
    }

    /// No country directory: outlets name no country here.
    var countries: CountryDirectory { CountryDirectory([]) }

    /// No actor names a country here.
    func actorCountries(in text: AnalyzedText) -> [(token: Int, countries: [Country])] { [] }

    func mentions(in text: AnalyzedText, dateline: String?, sourceCountries: [String]) -> [PlaceMention] {
        lexicon.matches(in: 0..<text.tokens.count, of: text.tokens).map { match in
            let start = text.tokens[match.tokens.lowerBound].start, end = text.tokens[match.tokens.upperBound - 1].end
            return PlaceMention(
                start: start, end: end, tokens: match.tokens, text: text.slice(start, end), kind: match.value.kind,
                place: match.value.place, confidence: 0.9)
        }
    }

    static func place(
        _ phrase: String, _ kind: PlaceKind, _ name: String, _ lat: Double, _ lon: Double, _ country: String, _ iso3: String,
        admin1: String = ""
    ) -> Entry {
        let precision: GeoPrecision = kind <= .populatedPlace ? .exact : kind == .admin2 ? .near : .region
        return Entry(
            phrase: phrase, kind: kind,
            place: Place(
                name: name, latitude: lat, longitude: lon, country: country, iso3: iso3, admin1: admin1,
                geoPrecision: precision))
    }

    /// The places of the seed article and of the tests' own sentences.
    static let sample = TestPlaces([
        place("Ain al-Asad base", .facility, "Ain al-Asad Airbase", 33.7856, 42.4412, "Iraq", "IRQ", admin1: "Al Anbar"),
        place("Anbar province", .admin1, "Al Anbar", 33.4, 42.0, "Iraq", "IRQ", admin1: "Al Anbar"),
        place("Anbar", .admin1, "Al Anbar", 33.4, 42.0, "Iraq", "IRQ", admin1: "Al Anbar"),
        place("Erbil International Airport", .facility, "Erbil International Airport", 36.2376, 43.9632, "Iraq", "IRQ", admin1: "Erbil"),
        place("Erbil", .populatedPlace, "Erbil", 36.19, 44.01, "Iraq", "IRQ", admin1: "Erbil"),
        place("Tel Baydar", .facility, "Tal Baydar", 36.8713, 40.2184, "Syria", "SYR", admin1: "Al Hasakah"),
        place("al-Tanf", .facility, "Al Tanf", 33.499, 38.66, "Syria", "SYR", admin1: "Homs"),
        place("Iraq", .country, "Iraq", 33.34, 44.40, "Iraq", "IRQ"),
        place("Syria", .country, "Syria", 33.51, 36.29, "Syria", "SYR"),
        place("Baghdad", .populatedPlace, "Baghdad", 33.34, 44.40, "Iraq", "IRQ", admin1: "Baghdad"),
        place("Kurdistan Region", .admin1, "Kurdistan Region", 36.2, 44.0, "Iraq", "IRQ"),
        place("Gaza Strip", .admin1, "Gaza Strip", 31.4, 34.4, "Palestine", "PSE"),
        place("Nairobi", .populatedPlace, "Nairobi", -1.2864, 36.8172, "Kenya", "KEN", admin1: "Nairobi"),
        place("Kismayo", .populatedPlace, "Kismayo", -0.3582, 42.5454, "Somalia", "SOM", admin1: "Lower Juba"),
        place("Ouagadougou", .populatedPlace, "Ouagadougou", 12.3647, -1.5332, "Burkina Faso", "BFA", admin1: "Centre"),
        place("Khan Younis", .populatedPlace, "Khan Yunis", 31.3402, 34.3063, "Palestine", "PSE", admin1: "Gaza Strip"),
        place("Peshawar", .populatedPlace, "Peshawar", 34.008, 71.5785, "Pakistan", "PAK", admin1: "Khyber Pakhtunkhwa"),
    ])
}

/// Country names and nationality words for tests.
let testCountries = CountryLexicon([
    ("Iraq", CountryName(name: "Iraq", iso3: "IRQ")), ("Iraqi", CountryName(name: "Iraq", iso3: "IRQ")),
    ("Syria", CountryName(name: "Syria", iso3: "SYR")), ("Syrian", CountryName(name: "Syria", iso3: "SYR")),
    ("Iran", CountryName(name: "Iran", iso3: "IRN")), ("Iranian", CountryName(name: "Iran", iso3: "IRN")),
    ("US", CountryName(name: "United States", iso3: "USA")), ("American", CountryName(name: "United States", iso3: "USA")),
    ("Kenyan", CountryName(name: "Kenya", iso3: "KEN")), ("Israeli", CountryName(name: "Israel", iso3: "ISR")),
    ("Pakistani", CountryName(name: "Pakistan", iso3: "PAK")),
])

/// One extractor for all tests (the data files are read once).
let sharedExtractor: Extractor = try! Extractor(places: TestPlaces.sample, countries: testCountries)

/// The events `extractor` finds in `text`, published on `published` (ISO date).
func events(_ text: String, published: String? = "2024-03-12", extractor: Extractor = sharedExtractor) -> [Event] {
    extractor.extract(document(text, published: published)).events
}

/// A document published on `published` (ISO date).
func document(_ text: String, published: String? = "2024-03-12", id: String = "t1") -> Document {
    Document(id: id, published: published.flatMap(CalendarDay.init(iso:)), text: text)
}

/// The repository's root, from this file's path.
let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

/// The shipped extractor (geocoder and sub-event model), for checks that must hold with the real model.
let defaultExtractor: Extractor = try! Extractor.loadDefault()

/// The events the shipped extractor finds in `text` (published on `published`) placed where the place's name contains
/// `name`.
func events(at name: String, in text: String, published: String) -> [Event] {
    events(text, published: published, extractor: defaultExtractor).filter { $0.place?.name.contains(name) == true }
}
