import Foundation
import VigilModel
import VigilText

/// What the shipped gazetteer holds, for `vigil gazetteer info`.
public struct GazetteerSummary: Codable, Sendable {
    public var countries: Int
    public var admin1: Int
    public var admin2: Int
    /// Populated places from GeoNames cities500.
    public var geonamesPlaces: Int
    /// Villages, districts and neighbourhoods from Who's On First.
    public var whosOnFirstPlaces: Int
    /// Curated bases, crossings, camps and other facilities.
    public var facilities: Int
    public var airports: Int
    /// The day places.bin was packed (YYYY-MM-DD), empty when unknown.
    public var packedOn: String
    /// The user's imports (`vigil gazetteer import`).
    public var imported: [ImportedSource]

    enum CodingKeys: String, CodingKey {
        case countries, admin1, admin2, facilities, airports, imported
        case geonamesPlaces = "geonames_places", whosOnFirstPlaces = "whos_on_first_places", packedOn = "packed_on"
    }
}

extension Gazetteer {
    /// Counts of every kind of entry and the day the places were packed.
    public var summary: GazetteerSummary {
        let places = entries.places
        let whosOnFirst = (0..<places.count).reduce(0) { $0 + (places.isWhosOnFirst($1) ? 1 : 0) }
        let shipped = entries.tail.filter { !$0.source.hasPrefix("imported: ") }
        let facilities = shipped.filter { $0.kind == .facility && $0.detail != "airport" }.count
        let packedOn = places.packedDay > 0 ? CalendarDay(daysSinceEpoch: places.packedDay).description : ""
        return GazetteerSummary(
            countries: countries.countries.count, admin1: places.admin1Rows, admin2: places.admin2Rows,
            geonamesPlaces: places.count - whosOnFirst, whosOnFirstPlaces: whosOnFirst, facilities: facilities,
            airports: shipped.filter { $0.detail == "airport" }.count, packedOn: packedOn, imported: importedSources)
    }
}
