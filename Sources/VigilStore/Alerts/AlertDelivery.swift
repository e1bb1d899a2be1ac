/// One POST of an alert about one canonical event, as the delivery log keeps it.
public struct AlertDelivery: Sendable, Hashable, Codable {
    /// What a delivery is about: an event new to the alert, or one a linked report changed.
    public enum Kind: String, Sendable, Codable { case new, updated }
    /// Waiting for (another) attempt, accepted by the receiver (2xx), or given up after the last attempt.
    public enum Status: String, Sendable, Codable { case pending, delivered, failed }

    /// Assigned by the store (0 before it is saved).
    public var id: Int64
    public var alert: String
    /// The canonical event (`ce-…`) when it was sent.
    public var eventID: String
    public var kind: Kind
    /// The JSON body, exactly as signed and sent.
    public var payload: String
    public var status: Status
    public var attempts: Int
    /// The last attempt's error (`HTTP 500 Internal Server Error`, `no answer within 10 s`).
    public var lastError: String?
    /// When the next attempt is due (ISO 8601, UTC).
    public var nextAttempt: String
    public var created: String
    public var delivered: String?

    public init(
        id: Int64 = 0, alert: String, eventID: String, kind: Kind, payload: String, status: Status = .pending,
        attempts: Int = 0, lastError: String? = nil, nextAttempt: String, created: String, delivered: String? = nil
    ) {
        self.id = id
        self.alert = alert
        self.eventID = eventID
        self.kind = kind
        self.payload = payload
        self.status = status
        self.attempts = attempts
        self.lastError = lastError
        self.nextAttempt = nextAttempt
        self.created = created
        self.delivered = delivered
    }

    enum CodingKeys: String, CodingKey {
        case id, alert, kind, payload, status, attempts, created, delivered
        case eventID = "event_id"
        case lastError = "last_error"
        case nextAttempt = "next_attempt"
    }
}
