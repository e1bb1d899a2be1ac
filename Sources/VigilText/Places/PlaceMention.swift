public import VigilModel

/// How specific a place is; extraction prefers the most specific (facility over town over province).
public enum PlaceKind: Int, Codable, Sendable, Comparable, CaseIterable {
    case facility = 0
    case populatedPlace = 1
    case admin2 = 2
    case admin1 = 3
    case country = 4

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// A place named in a text, resolved to a ``Place``.
public struct PlaceMention: Hashable, Sendable {
    /// `[start, end)` in code points of the original text.
    public var start: Int
    public var end: Int
    /// Indexes of the tokens that name the place.
    public var tokens: Range<Int>
    /// The words as written ("Ain al-Asad base").
    public var text: String
    public var kind: PlaceKind
    /// The resolved place; its `geoPrecision` already reflects `isNear` and the kind.
    public var place: Place
    /// True when the text places the event near, outside or around the place.
    public var isNear: Bool
    /// True when the text calls it a division ("Hasakah province", "Kanbalu township"), whatever it resolved to.
    public var isCalledDivision: Bool
    /// True when the text names it as where people were taken or fled, or as a neighbour ("took them to Somalia",
    /// "a district bordering Myanmar"): not where the event happens.
    public var isDestination: Bool
    /// How sure the resolver is, 0–1.
    public var confidence: Double
    /// Remarks for a reviewer, e.g. "text says northeast Syria; al-Tanf is in Homs (south-east)".
    public var notes: [String]

    public init(
        start: Int, end: Int, tokens: Range<Int>, text: String, kind: PlaceKind, place: Place, isNear: Bool = false,
        isCalledDivision: Bool = false, isDestination: Bool = false, confidence: Double, notes: [String] = []
    ) {
        self.start = start
        self.end = end
        self.tokens = tokens
        self.text = text
        self.kind = kind
        self.place = place
        self.isNear = isNear
        self.isCalledDivision = isCalledDivision
        self.isDestination = isDestination
        self.confidence = confidence
        self.notes = notes
    }
}
