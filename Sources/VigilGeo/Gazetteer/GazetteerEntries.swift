import VigilText

/// Every entry of the gazetteer by index: countries and first-order divisions, then the memory-mapped second-order
/// divisions and populated places, then facilities and airports. Districts and places are decoded when read.
public struct GazetteerEntries: RandomAccessCollection, Sendable {
    /// Countries and first-order divisions.
    let head: [GazetteerEntry]
    /// The second-order divisions, numbered from `head.count`, then the populated places.
    let places: PlaceTable
    /// Facilities and airports, numbered after the places.
    let tail: [GazetteerEntry]
    /// Entry index of the first row of admin1.tsv and of admin2.tsv.
    let admin1Base: Int, admin2Base: Int

    public var startIndex: Int { 0 }
    public var endIndex: Int { head.count + places.admin2Rows + places.count + tail.count }

    /// Where entry `index` is kept.
    private enum Location {
        case listed(GazetteerEntry), district(Int), place(Int)
    }

    private func location(_ index: Int) -> Location {
        if index < head.count { return .listed(head[index]) }
        let district = index - head.count
        if district < places.admin2Rows { return .district(district) }
        let place = district - places.admin2Rows
        return place < places.count ? .place(place) : .listed(tail[place - places.count])
    }

    public subscript(index: Int) -> GazetteerEntry {
        switch location(index) {
        case .listed(let entry): return entry
        case .district(let row):
            let admin1 = places.districtAdmin1(row)
            return GazetteerEntry(
                name: places.districtName(row), latitude: places.districtLatitude(row),
                longitude: places.districtLongitude(row), kind: .admin2, country: places.districtCountry(row),
                admin1: admin1 < 0 ? -1 : admin1Base + admin1, population: places.admin2Population(row))
        case .place(let place):
            let admin1 = places.admin1(place), admin2 = places.admin2(place)
            return GazetteerEntry(
                name: places.name(place), latitude: places.latitude(place), longitude: places.longitude(place),
                kind: .populatedPlace, country: places.country(place), admin1: admin1 < 0 ? -1 : admin1Base + admin1,
                admin2: admin2 < 0 ? -1 : admin2Base + admin2, population: places.population(place),
                isCommonWord: places.isCommonWord(place))
        }
    }

    /// The kind of entry `index`, without decoding it.
    func kind(_ index: Int) -> PlaceKind {
        switch location(index) {
        case .listed(let entry): entry.kind
        case .district: .admin2
        case .place: .populatedPlace
        }
    }

    /// The country of entry `index`, without decoding it.
    func country(_ index: Int) -> Int {
        switch location(index) {
        case .listed(let entry): entry.country
        case .district(let row): places.districtCountry(row)
        case .place(let place): places.country(place)
        }
    }

    /// The population of entry `index`, without decoding it.
    func population(_ index: Int) -> Int {
        switch location(index) {
        case .listed(let entry): entry.population
        case .district(let row): places.admin2Population(row)
        case .place(let place): places.population(place)
        }
    }

    /// The entry index of place number `place` of the table.
    func entry(place: Int) -> Int { head.count + places.admin2Rows + place }

    /// The entry index of the district of row `row` of admin2.tsv.
    func entry(district row: Int) -> Int { head.count + row }
}
