/// How alike two reports are, part by part (each 0…1, the weapon −1…1) and in total.
public struct LinkScore: Sendable, Hashable, Codable {
    /// 1 the same day, 0.3 a day apart (0.6 within a coarse window).
    public var date: Double
    /// 1 within 2 km down to 0.3 at the limit; 0.5 same province, 0.35 same country, 0.25 unknown.
    public var place: Double
    /// 1 the same sub-event type, 0.5 a known confusion.
    public var type: Double
    /// Perpetrators (0.7) and targets (0.3) agreeing.
    public var actors: Double
    /// Weapon families agreeing (−1 when they conflict, 0.5 when one is unknown).
    public var weapon: Double
    /// Fatality figures agreeing (0.5 when one is unknown).
    public var casualties: Double
    /// Shared content words of the evidence sentences.
    public var text: Double
    /// The weighted sum of the parts.
    public var total: Double

    /// A score from its parts, weighted by `weights`.
    public init(
        date: Double, place: Double, type: Double, actors: Double, weapon: Double, casualties: Double, text: Double,
        weights: LinkWeights
    ) {
        self.date = date
        self.place = place
        self.type = type
        self.actors = actors
        self.weapon = weapon
        self.casualties = casualties
        self.text = text
        total = weights.date * date + weights.place * place + weights.type * type + weights.actors * actors
            + weights.weapon * weapon + weights.casualties * casualties + weights.text * text
    }
}
