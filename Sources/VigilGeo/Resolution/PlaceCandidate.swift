public import VigilModel
public import VigilText

/// One reading of a place mention, with its score and the reasons behind it.
public struct PlaceCandidate: Sendable, Hashable, Encodable {
    /// The place this reading codes.
    public let place: Place
    /// Facility, town, district, province or country.
    public let kind: PlaceKind
    /// Higher is better; only the order within one mention matters.
    public let score: Double
    /// Why the score is what it is ("facility", "Iraq named in the document", "population 1,612,700").
    public let reasons: [String]

    /// Creates a candidate.
    public init(place: Place, kind: PlaceKind, score: Double, reasons: [String]) {
        self.place = place
        self.kind = kind
        self.score = score
        self.reasons = reasons
    }

    enum CodingKeys: String, CodingKey { case place, kind, score, reasons }

    /// Encodes the kind by name ("facility", "populatedPlace").
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(place, forKey: .place)
        try c.encode(String(describing: kind), forKey: .kind)
        try c.encode((score * 100).rounded() / 100, forKey: .score)
        try c.encode(reasons, forKey: .reasons)
    }
}
