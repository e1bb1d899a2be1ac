/// How much each kind of agreement counts in a link score; the parts sum to 1.
public struct LinkWeights: Sendable, Hashable {
    /// Same day, or within the window.
    public var date: Double
    /// Distance, or the same province or country.
    public var place: Double
    /// The same or a commonly confused sub-event type.
    public var type: Double
    /// The same perpetrator and target.
    public var actors: Double
    /// The same weapon family (a conflict counts against).
    public var weapon: Double
    /// Similar fatality figures.
    public var casualties: Double
    /// Shared words of the evidence sentences.
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
