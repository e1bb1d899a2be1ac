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

    public subscript(index: Int) -> GazetteerEntry {
        if index < head.count { return head[index] }
        let place = index - head.count
        if place >= places.count { return tail[place - places.count] }
        let admin1 = places.admin1(place), admin2 = places.admin2(place)
        return GazetteerEntry(
            name: places.name(place), latitude: places.latitude(place), longitude: places.longitude(place),
            kind: .populatedPlace, country: places.country(place), admin1: admin1 < 0 ? -1 : admin1Base + admin1,
            admin2: admin2 < 0 ? -1 : admin2Base + admin2, population: places.population(place),
            isCommonWord: places.isCommonWord(place))
    }

    /// The kind of entry `index`, without decoding it.
    func kind(_ index: Int) -> PlaceKind {
        let place = index - head.count
        if place < 0 { return head[index].kind }
        return place < places.count ? .populatedPlace : tail[place - places.count].kind
    }

    /// The country of entry `index`, without decoding it.
    func country(_ index: Int) -> Int {
        let place = index - head.count
        if place < 0 { return head[index].country }
        return place < places.count ? places.country(place) : tail[place - places.count].country
    }

    /// The population of entry `index`, without decoding it.
    func population(_ index: Int) -> Int {
        let place = index - head.count
        if place < 0 { return head[index].population }
        return place < places.count ? places.population(place) : tail[place - places.count].population
    }

    /// The entry index of place number `place` of the table.
    func entry(place: Int) -> Int { head.count + place }
}
