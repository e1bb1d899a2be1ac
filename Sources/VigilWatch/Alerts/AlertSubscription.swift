public import Foundation
public import VigilStore

/// A new alert, checked the same way from the command line and the API.
public enum AlertSubscription {
    /// An alert named `name` POSTing events that match `filter` (with `minFatalities`, when given) to
    /// `webhook`, signed with `secret`.
    public static func new(
        name: String, filter: String, minFatalities: Int?, webhook: String, secret: String, now: Date = Date()
    ) throws(SubscriptionError) -> AlertRecord {
        guard (1...64).contains(name.count), !name.contains("/") else {
            throw SubscriptionError(field: "name", message: "the name must be 1 to 64 characters, without \"/\"")
        }
        var parsed: AlertFilter
        do { parsed = try AlertFilter(parsing: filter) } catch { throw SubscriptionError(field: "filter", message: error.description) }
        if let minFatalities {
            guard minFatalities >= 0 else {
                throw SubscriptionError(field: "min_fatalities", message: "\(minFatalities) must be 0 or more")
            }
            parsed.minFatalities = minFatalities
        }
        _ = try FeedSubscription.webHost(webhook, field: "webhook")
        return AlertRecord(name: name, filter: parsed.text, webhook: webhook, secret: secret, created: FeedRecord.timestamp(now))
    }
}
