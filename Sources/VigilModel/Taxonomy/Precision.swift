/// ACLED's time_precision: how exactly the event date is known.
public enum TimePrecision: Int, Codable, Sendable, CaseIterable, Hashable, Comparable {
    /// The day is known.
    case day = 1
    /// The week is known; the date is the middle of that week.
    case week = 2
    /// Only the month is known; the date is the middle of that month.
    case month = 3

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }

    /// Parses 1–3; throws an error naming the value otherwise.
    public init(validating value: Int) throws(TaxonomyError) {
        guard let precision = TimePrecision(rawValue: value) else { throw .unknownTimePrecision(value) }
        self = precision
    }
}

/// ACLED's geo_precision: how exactly the location is known.
public enum GeoPrecision: Int, Codable, Sendable, CaseIterable, Hashable, Comparable {
    /// The named town, village or facility.
    case exact = 1
    /// Near a place, or a part of a region.
    case near = 2
    /// Only a province or country is named; coded at its capital or centroid.
    case region = 3

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }

    /// Parses 1–3; throws an error naming the value otherwise.
    public init(validating value: Int) throws(TaxonomyError) {
        guard let precision = GeoPrecision(rawValue: value) else { throw .unknownGeoPrecision(value) }
        self = precision
    }
}
