public import VigilText

/// A resolved place mention together with every candidate the resolver weighed, best first.
public struct GeocodedMention: Sendable, Hashable, Encodable {
    /// The mention as extraction reads it.
    public let mention: PlaceMention
    /// All readings, best first; the first one is `mention.place`.
    public let candidates: [PlaceCandidate]

    /// Creates a geocoded mention.
    public init(mention: PlaceMention, candidates: [PlaceCandidate]) {
        self.mention = mention
        self.candidates = candidates
    }

    enum CodingKeys: String, CodingKey {
        case text, start, end, kind, place, isNear = "is_near", confidence, notes, candidates
    }

    /// Encodes the mention's fields flat, then the candidates.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(mention.text, forKey: .text)
        try c.encode(mention.start, forKey: .start)
        try c.encode(mention.end, forKey: .end)
        try c.encode(String(describing: mention.kind), forKey: .kind)
        try c.encode(mention.place, forKey: .place)
        try c.encode(mention.isNear, forKey: .isNear)
        try c.encode((mention.confidence * 100).rounded() / 100, forKey: .confidence)
        try c.encode(mention.notes, forKey: .notes)
        try c.encode(candidates, forKey: .candidates)
    }
}
