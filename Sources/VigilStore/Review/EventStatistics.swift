/// Counts of the events matching a search, for charts.
public struct EventStatistics: Codable, Hashable, Sendable {
    /// Events per day and type: the timeline.
    public struct DayCount: Codable, Hashable, Sendable {
        public var date: String
        public var eventType: String
        public var count: Int

        public init(date: String, eventType: String, count: Int) {
            self.date = date
            self.eventType = eventType
            self.count = count
        }

        enum CodingKeys: String, CodingKey {
            case date
            case eventType = "event_type"
            case count
        }
    }

    /// A name and how many events it has.
    public struct NamedCount: Codable, Hashable, Sendable {
        public var name: String
        public var count: Int

        public init(name: String, count: Int) {
            self.name = name
            self.count = count
        }
    }

    public var events: Int
    /// Sum of attack counts (an event may stand for several attacks).
    public var attacks: Int
    public var fatalities: Int
    public var byDay: [DayCount]
    public var byType: [NamedCount]
    public var bySubType: [NamedCount]
    public var byCountry: [NamedCount]
    /// The most frequent actors (as actor1 or actor2), most frequent first.
    public var byActor: [NamedCount]

    public init(
        events: Int, attacks: Int, fatalities: Int, byDay: [DayCount], byType: [NamedCount],
        bySubType: [NamedCount], byCountry: [NamedCount], byActor: [NamedCount]
    ) {
        self.events = events
        self.attacks = attacks
        self.fatalities = fatalities
        self.byDay = byDay
        self.byType = byType
        self.bySubType = bySubType
        self.byCountry = byCountry
        self.byActor = byActor
    }

    enum CodingKeys: String, CodingKey {
        case events, attacks, fatalities
        case byDay = "by_day"
        case byType = "by_type"
        case bySubType = "by_sub_type"
        case byCountry = "by_country"
        case byActor = "by_actor"
    }
}
