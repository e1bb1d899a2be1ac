import VigilLink
import VigilModel

/// Builds hand-made reports for unit tests: a drone strike on Ain al-Asad unless told otherwise.
func report(
    _ id: String, doc: String? = nil, date: String = "2023-11-06", precision: TimePrecision = .day,
    type: SubEventType = .airDroneStrike, actor1: String = "Islamic Resistance in Iraq",
    actor2: String = "Military Forces of the United States (2021-)",
    place: Place? = Place(
        name: "Ain al-Asad Airbase", latitude: 33.7856, longitude: 42.4412, country: "Iraq", iso3: "IRQ",
        admin1: "Al Anbar", geoPrecision: .exact),
    fatalities: Int? = nil, attacks: Int = 1, weapon: String? = "drone", claimed: Bool = false, context: String = "",
    placeEvidence: String? = nil
) -> LinkReport {
    var evidence = fatalities.map { [Evidence(field: "fatalities", start: 0, end: 1, text: String($0))] } ?? []
    if let placeEvidence { evidence.append(Evidence(field: "location", start: 0, end: placeEvidence.count, text: placeEvidence)) }
    return LinkReport(
        event: Event(
            docID: doc ?? String(id.split(separator: "-").first ?? ""), eventID: id, eventDate: CalendarDay(iso: date)!,
            timePrecision: precision, subEventType: type, actor1: actor1, actor2: actor2, inter1: .politicalMilitias,
            place: place, fatalities: fatalities ?? 0, attackCount: attacks, weapon: weapon, claimed: claimed,
            confidence: 0.7, evidence: evidence),
        context: context)
}

/// A place for tests.
func place(
    _ name: String, _ latitude: Double, _ longitude: Double, admin1: String = "", admin2: String = "", country: String = "Iraq",
    precision: GeoPrecision = .exact
) -> Place {
    Place(
        name: name, latitude: latitude, longitude: longitude, country: country, iso3: "", admin1: admin1, admin2: admin2,
        geoPrecision: precision)
}
