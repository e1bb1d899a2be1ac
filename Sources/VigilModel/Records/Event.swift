/// One ACLED-coded event, with Vigil's additions (injuries, attack count, weapon, claim, confidence, evidence).
///
/// Encodes to the JSONL contract read by the scorers: ACLED's column names, `"record": "event"`,
/// and every key present (null where a value is unknown).
public struct Event: Codable, Hashable, Sendable {
    public var docID: String
    public var eventID: String
    public var eventDate: CalendarDay
    public var timePrecision: TimePrecision
    public var subEventType: SubEventType
    public var actor1: String
    public var assocActor1: String
    public var actor2: String
    public var assocActor2: String
    public var inter1: InterCode
    public var inter2: InterCode
    public var civilianTargeting: Bool
    public var country: String
    public var iso3: String
    public var admin1: String
    public var admin2: String
    public var location: String
    public var latitude: Double?
    public var longitude: Double?
    public var geoPrecision: GeoPrecision?
    public var fatalities: Int
    public var injuries: Int?
    public var attackCount: Int
    public var weapon: String?
    public var target: String?
    public var claimed: Bool
    public var claimedBy: String?
    public var confidence: Double
    /// Remarks a reviewer should see, e.g. where the text contradicts the gazetteer.
    public var notes: [String]
    public var evidence: [Evidence]

    /// ACLED's event type, derived from the sub-event type.
    public var eventType: EventType { subEventType.eventType }
    /// ACLED's disorder type, derived from the event type.
    public var disorderType: DisorderType { eventType.disorderType }

    public init(
        docID: String, eventID: String, eventDate: CalendarDay, timePrecision: TimePrecision,
        subEventType: SubEventType, actor1: String, assocActor1: String = "", actor2: String = "",
        assocActor2: String = "", inter1: InterCode, inter2: InterCode = .none, civilianTargeting: Bool = false,
        place: Place? = nil, fatalities: Int = 0, injuries: Int? = nil, attackCount: Int = 1,
        weapon: String? = nil, target: String? = nil, claimed: Bool = false, claimedBy: String? = nil,
        confidence: Double, notes: [String] = [], evidence: [Evidence] = []
    ) {
        self.docID = docID
        self.eventID = eventID
        self.eventDate = eventDate
        self.timePrecision = timePrecision
        self.subEventType = subEventType
        self.actor1 = actor1
        self.assocActor1 = assocActor1
        self.actor2 = actor2
        self.assocActor2 = assocActor2
        self.inter1 = inter1
        self.inter2 = inter2
        self.civilianTargeting = civilianTargeting
        self.country = place?.country ?? ""
        self.iso3 = place?.iso3 ?? ""
        self.admin1 = place?.admin1 ?? ""
        self.admin2 = place?.admin2 ?? ""
        self.location = place?.name ?? ""
        self.latitude = place?.latitude
        self.longitude = place?.longitude
        self.geoPrecision = place?.geoPrecision
        self.fatalities = fatalities
        self.injuries = injuries
        self.attackCount = attackCount
        self.weapon = weapon
        self.target = target
        self.claimed = claimed
        self.claimedBy = claimedBy
        self.confidence = confidence
        self.notes = notes
        self.evidence = evidence
    }

    /// The event's location as a ``Place``, when it has coordinates.
    public var place: Place? {
        get {
            guard let latitude, let longitude, let geoPrecision else { return nil }
            return Place(
                name: location, latitude: latitude, longitude: longitude, country: country, iso3: iso3,
                admin1: admin1, admin2: admin2, geoPrecision: geoPrecision)
        }
        set {
            country = newValue?.country ?? ""
            iso3 = newValue?.iso3 ?? ""
            admin1 = newValue?.admin1 ?? ""
            admin2 = newValue?.admin2 ?? ""
            location = newValue?.name ?? ""
            latitude = newValue?.latitude
            longitude = newValue?.longitude
            geoPrecision = newValue?.geoPrecision
        }
    }

    /// ACLED's value of the civilian_targeting column.
    public static let civilianTargetingLabel = "Civilian targeting"

    enum CodingKeys: String, CodingKey {
        case record
        case docID = "doc_id"
        case eventID = "event_id"
        case eventDate = "event_date"
        case timePrecision = "time_precision"
        case disorderType = "disorder_type"
        case eventType = "event_type"
        case subEventType = "sub_event_type"
        case actor1
        case assocActor1 = "assoc_actor_1"
        case actor2
        case assocActor2 = "assoc_actor_2"
        case inter1, inter2
        case civilianTargeting = "civilian_targeting"
        case country, iso3, admin1, admin2, location, latitude, longitude
        case geoPrecision = "geo_precision"
        case fatalities, injuries
        case attackCount = "attack_count"
        case weapon, target, claimed
        case claimedBy = "claimed_by"
        case confidence, notes, evidence
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        docID = try c.decode(String.self, forKey: .docID)
        eventID = try c.decode(String.self, forKey: .eventID)
        eventDate = try c.decode(CalendarDay.self, forKey: .eventDate)
        timePrecision = try c.decode(TimePrecision.self, forKey: .timePrecision)
        let subType = try c.decode(String.self, forKey: .subEventType)
        if let type = try c.decodeIfPresent(String.self, forKey: .eventType) {
            subEventType = try SubEventType(validating: subType, of: EventType(validating: type))
        } else {
            subEventType = try SubEventType(validating: subType)
        }
        actor1 = try c.decodeIfPresent(String.self, forKey: .actor1) ?? ""
        assocActor1 = try c.decodeIfPresent(String.self, forKey: .assocActor1) ?? ""
        actor2 = try c.decodeIfPresent(String.self, forKey: .actor2) ?? ""
        assocActor2 = try c.decodeIfPresent(String.self, forKey: .assocActor2) ?? ""
        inter1 = try c.decodeIfPresent(InterCode.self, forKey: .inter1) ?? .none
        inter2 = try c.decodeIfPresent(InterCode.self, forKey: .inter2) ?? .none
        civilianTargeting = (try c.decodeIfPresent(String.self, forKey: .civilianTargeting) ?? "") != ""
        country = try c.decodeIfPresent(String.self, forKey: .country) ?? ""
        iso3 = try c.decodeIfPresent(String.self, forKey: .iso3) ?? ""
        admin1 = try c.decodeIfPresent(String.self, forKey: .admin1) ?? ""
        admin2 = try c.decodeIfPresent(String.self, forKey: .admin2) ?? ""
        location = try c.decodeIfPresent(String.self, forKey: .location) ?? ""
        latitude = try c.decodeIfPresent(Double.self, forKey: .latitude)
        longitude = try c.decodeIfPresent(Double.self, forKey: .longitude)
        geoPrecision = try c.decodeIfPresent(GeoPrecision.self, forKey: .geoPrecision)
        fatalities = try c.decodeIfPresent(Int.self, forKey: .fatalities) ?? 0
        injuries = try c.decodeIfPresent(Int.self, forKey: .injuries)
        attackCount = try c.decodeIfPresent(Int.self, forKey: .attackCount) ?? 1
        weapon = try c.decodeIfPresent(String.self, forKey: .weapon)
        target = try c.decodeIfPresent(String.self, forKey: .target)
        claimed = try c.decodeIfPresent(Bool.self, forKey: .claimed) ?? false
        claimedBy = try c.decodeIfPresent(String.self, forKey: .claimedBy)
        confidence = try c.decodeIfPresent(Double.self, forKey: .confidence) ?? 0
        notes = try c.decodeIfPresent([String].self, forKey: .notes) ?? []
        evidence = try c.decodeIfPresent([Evidence].self, forKey: .evidence) ?? []
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode("event", forKey: .record)
        try c.encode(docID, forKey: .docID)
        try c.encode(eventID, forKey: .eventID)
        try c.encode(eventDate, forKey: .eventDate)
        try c.encode(timePrecision, forKey: .timePrecision)
        try c.encode(disorderType, forKey: .disorderType)
        try c.encode(eventType, forKey: .eventType)
        try c.encode(subEventType, forKey: .subEventType)
        try c.encode(actor1, forKey: .actor1)
        try c.encode(assocActor1, forKey: .assocActor1)
        try c.encode(actor2, forKey: .actor2)
        try c.encode(assocActor2, forKey: .assocActor2)
        try c.encode(inter1, forKey: .inter1)
        try c.encode(inter2, forKey: .inter2)
        try c.encode(civilianTargeting ? Event.civilianTargetingLabel : "", forKey: .civilianTargeting)
        try c.encode(country, forKey: .country)
        try c.encode(iso3, forKey: .iso3)
        try c.encode(admin1, forKey: .admin1)
        try c.encode(admin2, forKey: .admin2)
        try c.encode(location, forKey: .location)
        try c.encode(latitude, forKey: .latitude)
        try c.encode(longitude, forKey: .longitude)
        try c.encode(geoPrecision, forKey: .geoPrecision)
        try c.encode(fatalities, forKey: .fatalities)
        try c.encode(injuries, forKey: .injuries)
        try c.encode(attackCount, forKey: .attackCount)
        try c.encode(weapon, forKey: .weapon)
        try c.encode(target, forKey: .target)
        try c.encode(claimed, forKey: .claimed)
        try c.encode(claimedBy, forKey: .claimedBy)
        try c.encode(confidence, forKey: .confidence)
        try c.encode(notes, forKey: .notes)
        try c.encode(evidence, forKey: .evidence)
    }
}
