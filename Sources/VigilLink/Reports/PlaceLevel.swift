import VigilModel
import VigilText

/// How finely a source places an event: at a point (a town, village or facility), only to a
/// district, or only to a province.
///
/// Read from the geo precision and from the words of the location's evidence: "Hasakah province"
/// places an event in the province even when the geocoder codes it at the province's capital.
enum PlaceLevel: Sendable, Hashable {
    case point
    case district
    case province

    /// The level of `event`'s place.
    init(of event: Event) {
        let words = event.evidence.filter { $0.field == "location" }.flatMap { evidence in
            Folding.fold(evidence.text).split { !$0.isLetter }.map(String.init)
        }
        if event.geoPrecision == .region || words.contains(where: PlaceLevel.provinceWords.contains) {
            self = .province
        } else if words.contains(where: PlaceLevel.districtWords.contains)
            || (event.geoPrecision == .near && !event.admin2.isEmpty && Folding.fold(event.location) == Folding.fold(event.admin2))
        {
            self = .district
        } else {
            self = .point
        }
    }

    /// Words that name a first-order division.
    static let provinceWords: Set<String> = ["province", "governorate", "oblast", "region", "state", "prefecture"]
    /// Words that name a second-order division.
    static let districtWords: Set<String> = ["district", "raion", "territory", "county", "township", "municipality"]
}
