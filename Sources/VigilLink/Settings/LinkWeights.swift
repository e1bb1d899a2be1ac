/// How much each kind of agreement counts in a link score; the parts sum to 1.
public struct LinkWeights: Sendable, Hashable {
    public var date: Double
    public var place: Double
    public var type: Double
    public var actors: Double
    public var weapon: Double
    public var casualties: Double
    public var text: Double

    /// Creates weights; the defaults are the shipped values.
    public init(
        date: Double = 0.25, place: Double = 0.20, type: Double = 0.15, actors: Double = 0.15, weapon: Double = 0.10,
        casualties: Double = 0.05, text: Double = 0.10
    ) {
        self.date = date
        self.place = place
        self.type = type
        self.actors = actors
        self.weapon = weapon
        self.casualties = casualties
        self.text = text
    }
}
