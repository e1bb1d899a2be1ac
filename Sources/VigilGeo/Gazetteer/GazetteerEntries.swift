import VigilText

/// Every entry of the gazetteer by index: countries and divisions, then the memory-mapped populated places, then
/// facilities and airports. Places are decoded when read.
public struct GazetteerEntries: RandomAccessCollection, Sendable {
    /// Countries, first- and second-order divisions.
    let head: [GazetteerEntry]
    /// The populated places, numbered from `head.count`.
    let places: PlaceTable
    /// Facilities and airports, numbered after the places.
    let tail: [GazetteerEntry]
    /// Entry index of the first row of admin1.tsv and of admin2.tsv.
    let admin1Base: Int, admin2Base: Int

    public var startIndex: Int { 0 }
    public var endIndex: Int { head.count + places.count + tail.count }

    /// Where entry `index` is kept.
    private enum Location {
        case listed(GazetteerEntry), place(Int)
    }

    private func location(_ index: Int) -> Location {
        if index < head.count { return .listed(head[index]) }
        let place = index - head.count
        return place < places.count ? .place(place) : .listed(tail[place - places.count])
    }

    public subscript(index: Int) -> GazetteerEntry {
        switch location(index) {
        case .listed(let entry): return entry
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
        case .place: .populatedPlace
        }
    }

    /// The country of entry `index`, without decoding it.
    func country(_ index: Int) -> Int {
        switch location(index) {
        case .listed(let entry): entry.country
        case .place(let place): places.country(place)
        }
    }

    /// The population of entry `index`, without decoding it.
    func population(_ index: Int) -> Int {
        switch location(index) {
        case .listed(let entry): entry.population
        case .place(let place): places.population(place)
        }
    }

    /// The entry index of place number `place` of the table.
    func entry(place: Int) -> Int { head.count + place }
}
