/// How alike two reports are, part by part (each 0…1, the weapon −1…1) and in total.
public struct LinkScore: Sendable, Hashable, Codable {
    public var date: Double
    public var place: Double
    public var type: Double
    public var actors: Double
    public var weapon: Double
    public var casualties: Double
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
