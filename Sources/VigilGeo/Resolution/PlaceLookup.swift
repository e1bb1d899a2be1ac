import VigilModel
import VigilText

/// The shipped gazetteer plus the user's places: ids below `gazetteer.entries.count` are gazetteer entries,
/// the rest are user places.
struct PlaceLookup: Sendable {
    let gazetteer: Gazetteer
    private let userEntries: [GazetteerEntry]
    private let userIndex: [String: [Int]]
    private let userAdmin1: [Int: String]

    /// The gazetteer alone.
    init(gazetteer: Gazetteer) {
        self.gazetteer = gazetteer
        userEntries = []
        userIndex = [:]
        userAdmin1 = [:]
    }

    private init(gazetteer: Gazetteer, userEntries: [GazetteerEntry], userIndex: [String: [Int]], userAdmin1: [Int: String]) {
        self.gazetteer = gazetteer
        self.userEntries = userEntries
        self.userIndex = userIndex
        self.userAdmin1 = userAdmin1
    }

    /// This lookup with `places` added; a later place with the same name replaces an earlier one.
    func adding(_ places: [UserPlace]) -> PlaceLookup {
        var entries = userEntries, index = userIndex, admin1 = userAdmin1
        let base = gazetteer.entries.count
        for place in places {
            let countries = gazetteer.countries
            guard
                let country = countries.index(named: place.country) ?? (place.iso3.isEmpty ? nil : countries.index(code: place.iso3))
                    ?? countries.index(code: place.country)
            else { continue }
            let near = gazetteer.nearestPlace(latitude: place.latitude, longitude: place.longitude, country: country)
            let id = base + entries.count
            entries.append(
                GazetteerEntry(
                    name: place.name, latitude: place.latitude, longitude: place.longitude, kind: .populatedPlace,
                    country: country, admin1: near.map { gazetteer.entries[$0].admin1 } ?? -1,
                    admin2: near.map { gazetteer.entries[$0].admin2 } ?? -1, source: "user place", isUserPlace: true))
            if !place.admin1.isEmpty { admin1[id] = place.admin1 }
            for name in [place.name] + place.aliases {
                let key = NameKey(name).text
                index[key] = (index[key] ?? []).filter { entries[$0 - base].name != place.name } + [id]
            }
        }
        return PlaceLookup(gazetteer: gazetteer, userEntries: entries, userIndex: index, userAdmin1: admin1)
    }

    /// The user's places first, then the gazetteer's, for a key; a name of two words also as one ("Dawlat Abad" is
    /// "Dawlatabad").
    func ids(for key: NameKey) -> [Int] {
        var found = (userIndex[key.text] ?? []) + gazetteer.entries(for: key)
        if let space = key.text.firstIndex(of: " "), !key.text[key.text.index(after: space)...].contains(" ") {
            var joined = key.text
            joined.remove(at: space)
            for id in gazetteer.entries(for: NameKey(foldedBytes: Array(joined.utf8))) where !found.contains(id) {
                found.append(id)
            }
        }
        return found
    }

    /// The entry with id `id`.
    func entry(_ id: Int) -> GazetteerEntry {
        id < gazetteer.entries.count ? gazetteer.entries[id] : userEntries[id - gazetteer.entries.count]
    }

    /// Whether entry `id` is one of the user's places.
    func isUserPlace(_ id: Int) -> Bool { id >= gazetteer.entries.count }

    /// The kind of entry `id`, without decoding a place.
    func kind(_ id: Int) -> PlaceKind {
        id < gazetteer.entries.count ? gazetteer.entries.kind(id) : userEntries[id - gazetteer.entries.count].kind
    }

    /// The country of entry `id`, without decoding a place.
    func country(_ id: Int) -> Int {
        id < gazetteer.entries.count ? gazetteer.entries.country(id) : userEntries[id - gazetteer.entries.count].country
    }

    /// The population of entry `id`, without decoding a place.
    func population(_ id: Int) -> Int {
        id < gazetteer.entries.count ? gazetteer.entries.population(id) : userEntries[id - gazetteer.entries.count].population
    }

    /// The first-order division's name of entry `id`.
    func admin1Name(_ id: Int) -> String {
        if !userAdmin1.isEmpty, let name = userAdmin1[id] { return name }
        return gazetteer.admin1Name(of: entry(id))
    }

    /// The ACLED-style place for entry `id` at `precision`.
    func place(_ id: Int, precision: GeoPrecision) -> Place {
        let e = entry(id)
        let country = gazetteer.countries.countries[e.country]
        return Place(
            name: e.name, latitude: e.latitude, longitude: e.longitude, country: country.name, iso3: country.iso3,
            admin1: e.kind == .country ? country.capitalAdmin1 : admin1Name(id), admin2: e.kind == .admin1 || e.kind == .country ? "" : gazetteer.admin2Name(of: e),
            geoPrecision: precision)
    }
}
