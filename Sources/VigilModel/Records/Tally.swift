/// A reported aggregate ("a total of 38 attacks were conducted on US troops since October 17").
///
/// Encodes with `"record": "tally"`.
public struct Tally: Codable, Hashable, Sendable {
    /// One part of a tally's breakdown by place ("20 in Iraq").
    public struct Part: Codable, Hashable, Sendable {
        public var country: String
        public var iso3: String
        public var admin1: String
        public var count: Int

        public init(country: String, iso3: String, admin1: String = "", count: Int) {
            self.country = country
            self.iso3 = iso3
            self.admin1 = admin1
            self.count = count
        }
    }

    public var docID: String
    public var tallyID: String
    /// Who reports the figure ("Pentagon Spokesman Brigadier General Pat Ryder").
    public var reporter: String
    /// What is counted: "attacks", "killed", "injured", "arrested", "events".
    public var counted: String
    /// The target or victims of what is counted ("US troops").
    public var target: String
    public var count: Int
    public var since: CalendarDay?
    public var until: CalendarDay?
    public var breakdown: [Part]
    public var killed: Int?
    public var injured: Int?
    public var evidence: [Evidence]

    public init(
        docID: String, tallyID: String, reporter: String, counted: String, target: String, count: Int,
        since: CalendarDay? = nil, until: CalendarDay? = nil, breakdown: [Part] = [], killed: Int? = nil,
        injured: Int? = nil, evidence: [Evidence] = []
    ) {
        self.docID = docID
        self.tallyID = tallyID
        self.reporter = reporter
        self.counted = counted
        self.target = target
        self.count = count
        self.since = since
        self.until = until
        self.breakdown = breakdown
        self.killed = killed
        self.injured = injured
        self.evidence = evidence
    }

    enum CodingKeys: String, CodingKey {
        case record
        case docID = "doc_id"
        case tallyID = "tally_id"
        case reporter, counted, target, count, since, until, breakdown, killed, injured, evidence
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        docID = try c.decode(String.self, forKey: .docID)
        tallyID = try c.decode(String.self, forKey: .tallyID)
        reporter = try c.decodeIfPresent(String.self, forKey: .reporter) ?? ""
        counted = try c.decode(String.self, forKey: .counted)
        target = try c.decodeIfPresent(String.self, forKey: .target) ?? ""
        count = try c.decode(Int.self, forKey: .count)
        since = try c.decodeIfPresent(CalendarDay.self, forKey: .since)
        until = try c.decodeIfPresent(CalendarDay.self, forKey: .until)
        breakdown = try c.decodeIfPresent([Part].self, forKey: .breakdown) ?? []
        killed = try c.decodeIfPresent(Int.self, forKey: .killed)
        injured = try c.decodeIfPresent(Int.self, forKey: .injured)
        evidence = try c.decodeIfPresent([Evidence].self, forKey: .evidence) ?? []
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode("tally", forKey: .record)
        try c.encode(docID, forKey: .docID)
        try c.encode(tallyID, forKey: .tallyID)
        try c.encode(reporter, forKey: .reporter)
        try c.encode(counted, forKey: .counted)
        try c.encode(target, forKey: .target)
        try c.encode(count, forKey: .count)
        try c.encode(since, forKey: .since)
        try c.encode(until, forKey: .until)
        try c.encode(breakdown, forKey: .breakdown)
        try c.encode(killed, forKey: .killed)
        try c.encode(injured, forKey: .injured)
        try c.encode(evidence, forKey: .evidence)
    }
}
