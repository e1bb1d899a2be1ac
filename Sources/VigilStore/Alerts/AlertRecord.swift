/// An alert: new canonical events matching `filter` are POSTed as JSON to `webhook`, signed with
/// `secret` (HMAC-SHA256 of the body), and again when a linked report changes them.
public struct AlertRecord: Sendable, Hashable, Codable {
    /// Unique name (`--name`).
    public var name: String
    /// The filter's text (`country=Iraq sub_event_type=Air/drone strike min_fatalities=1`).
    public var filter: String
    /// Where deliveries are POSTed.
    public var webhook: String
    /// The signing key, shown once when the alert is made.
    public var secret: String
    /// When it was made (ISO 8601, UTC).
    public var created: String

    public init(name: String, filter: String, webhook: String, secret: String, created: String) {
        self.name = name
        self.filter = filter
        self.webhook = webhook
        self.secret = secret
        self.created = created
    }
}
