import Foundation
import VigilModel

/// Finds the stored reports worth scoring against a new one: same days (a coarse date is filed
/// under every day of its window) and, for located reports, the same or neighbouring map cells.
///
/// Reports placed only to a district, province or country, or not at all, are filed by country and
/// compared with every report of that country on those days.
struct CandidateIndex: Sendable {
    private struct CellDay: Hashable {
        let latitude: Int
        let longitude: Int
        let day: Int
    }

    private struct CountryDay: Hashable {
        let country: String
        let day: Int
    }

    /// Cell size in degrees; 0.3° of latitude is about 33 km, more than the distance limit.
    private let cellDegrees = 0.3
    private let settings: LinkSettings
    private var byCell: [CellDay: [Int]] = [:]
    private var byCountry: [CountryDay: [Int]] = [:]
    private var loosePlaces: [CountryDay: [Int]] = [:]
    private var unknownCountry: [Int: [Int]] = [:]
    private var byDay: [Int: [Int]] = [:]

    init(settings: LinkSettings) {
        self.settings = settings
    }

    /// Files report `handle`.
    mutating func insert(_ profile: ReportProfile, handle: Int) {
        for day in filingDays(of: profile) {
            byDay[day, default: []].append(handle)
            byCountry[CountryDay(country: profile.country, day: day), default: []].append(handle)
            if profile.country.isEmpty { unknownCountry[day, default: []].append(handle) }
            if let cell = cell(of: profile) {
                byCell[CellDay(latitude: cell.latitude, longitude: cell.longitude, day: day), default: []].append(handle)
            } else {
                loosePlaces[CountryDay(country: profile.country, day: day), default: []].append(handle)
            }
        }
    }

    /// Handles of the filed reports that may be the same event as `profile` (a superset: the scorer
    /// decides), without duplicates, in ascending order.
    func candidates(for profile: ReportProfile) -> [Int] {
        var found = Set<Int>()
        for day in searchDays(of: profile) {
            if profile.country.isEmpty {
                found.formUnion(byDay[day] ?? [])
                continue
            }
            found.formUnion(unknownCountry[day] ?? [])
            let countryDay = CountryDay(country: profile.country, day: day)
            guard let cell = cell(of: profile), let latitude = profile.latitude else {
                found.formUnion(byCountry[countryDay] ?? [])
                continue
            }
            found.formUnion(loosePlaces[countryDay] ?? [])
            let kilometresPerCell = 111.32 * cellDegrees * max(cos(latitude * Double.pi / 180), 0.05)
            let spread = Int((settings.maximumDistanceKilometres / kilometresPerCell).rounded(.up))
            for dLat in -1...1 {
                for dLon in -spread...spread {
                    found.formUnion(byCell[CellDay(latitude: cell.latitude + dLat, longitude: cell.longitude + dLon, day: day)] ?? [])
                }
            }
        }
        return found.sorted()
    }

    /// The days a report is filed under: its own day, widened by its precision's window when coarse.
    private func filingDays(of profile: ReportProfile) -> ClosedRange<Int> {
        let window = profile.precision == .day ? 0 : settings.dayWindow(profile.precision, profile.precision)
        return (profile.day - window)...(profile.day + window)
    }

    /// The days searched for a report: its day window on both sides.
    private func searchDays(of profile: ReportProfile) -> ClosedRange<Int> {
        let window = settings.dayWindow(profile.precision, profile.precision)
        return (profile.day - window)...(profile.day + window)
    }

    /// The report's map cell when it is located more precisely than a province (a district-level
    /// report is filed with the province-level ones: its district may reach beyond the cells).
    private func cell(of profile: ReportProfile) -> (latitude: Int, longitude: Int)? {
        guard let latitude = profile.latitude, let longitude = profile.longitude, profile.geoPrecision != nil,
            profile.placeLevel == .point
        else { return nil }
        return (Int((latitude / cellDegrees).rounded(.down)), Int((longitude / cellDegrees).rounded(.down)))
    }
}
