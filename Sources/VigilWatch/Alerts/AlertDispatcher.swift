public import Foundation
import VigilModel
public import VigilStore

/// Turns new and changed canonical events into deliveries for the alerts they match, and sends
/// the deliveries that are due, retrying failures with back-off: 30 s, 2 min, 8 min, 32 min, about
/// 2 h, then gives up (the delivery log keeps every attempt's error). Delivery is at least once: a
/// receiver drops a repeat by its `X-Vigil-Delivery` id (a watcher stopped between sending and
/// saving sends again).
public struct AlertDispatcher: Sendable {
    let store: any Store & AlertStore
    let sender: WebhookSender

    /// Attempts before a delivery is given up.
    public static let maxAttempts = 6
    /// The wait after the first failure; each later one is four times longer.
    public static let firstRetrySeconds = 30.0
    /// How long claimed deliveries are this dispatcher's; as many are claimed at once as can be sent
    /// in that time at the webhook timeout, so that another watcher never sends them meanwhile.
    static let claimSeconds = 300
    static var deliveriesPerClaim: Int { claimSeconds / Int(WebhookSender.defaultTimeoutSeconds) - 5 }

    public init(store: any Store & AlertStore, sender: WebhookSender) {
        self.store = store
        self.sender = sender
    }

    /// Queues a delivery for each alert that matches one of these canonical events and was not
    /// told about it (`new`), or was told an earlier state of it (`updated`: a linked report
    /// confirmed it, raised its toll, changed its type or place). Returns how many were queued.
    public func enqueue(canonicalEventIDs: Set<String>, now: Date = Date()) throws -> Int {
        let alerts = try store.alerts().compactMap { alert in (try? AlertFilter(parsing: alert.filter)).map { (alert, $0) } }
        guard !alerts.isEmpty else { return 0 }
        var queued = 0
        for id in canonicalEventIDs.sorted() {
            guard let event = try store.canonicalEvent(id: id) else { continue }
            let fingerprint = Self.fingerprint(event.event)
            for (alert, filter) in alerts where filter.matches(event.event) {
                let told = try store.alertedReports(alert: alert.name, reportIDs: event.reportIDs)
                let kind: AlertDelivery.Kind? =
                    told.isEmpty ? .new : told.values.contains { $0 != fingerprint } ? .updated : nil
                var delivery: AlertDelivery?
                if let kind {
                    let stamp = FeedRecord.timestamp(now)
                    delivery = AlertDelivery(
                        alert: alert.name, eventID: event.id, kind: kind, payload: try payload(event, alert: alert, kind: kind, now: now),
                        nextAttempt: stamp, created: stamp)
                    queued += 1
                }
                try store.recordAlerted(alert.name, reportIDs: event.reportIDs, fingerprint: fingerprint, delivery: delivery)
            }
        }
        return queued
    }

    /// Sends every delivery due at `now`; returns how many were accepted, will be retried, and were given up.
    public func deliverDue(now: Date = Date()) async throws -> (delivered: Int, retrying: Int, failed: Int) {
        let store = self.store
        let due = try await StoreWork.run {
            try store.claimDueDeliveries(now: now, leaseSeconds: Self.claimSeconds, limit: Self.deliveriesPerClaim)
        }
        guard !due.isEmpty else { return (0, 0, 0) }
        let alerts = Dictionary(uniqueKeysWithValues: try await StoreWork.run { try store.alerts() }.map { ($0.name, $0) })
        var counts = (delivered: 0, retrying: 0, failed: 0)
        for delivery in due {
            guard let alert = alerts[delivery.alert] else { continue }
            var attempt = delivery
            attempt.attempts += 1
            do {
                try await sender.post(
                    delivery.payload, to: alert.webhook, secret: alert.secret, delivery: String(delivery.id), kind: delivery.kind.rawValue)
                attempt.status = .delivered
                attempt.lastError = nil
                attempt.delivered = FeedRecord.timestamp(now)
                counts.delivered += 1
            } catch {
                attempt.lastError = error.problem
                if attempt.attempts >= Self.maxAttempts {
                    attempt.status = .failed
                    counts.failed += 1
                } else {
                    let wait = max(Self.firstRetrySeconds * pow(4, Double(attempt.attempts - 1)), error.retryAfter ?? 0)
                    attempt.nextAttempt = FeedRecord.timestamp(now.addingTimeInterval(wait))
                    counts.retrying += 1
                }
            }
            let saved = attempt
            try await StoreWork.run { try store.saveDeliveryAttempt(saved) }
        }
        return counts
    }

    /// What changes an event enough to tell an alert again.
    static func fingerprint(_ event: Event) -> String {
        [
            event.subEventType.rawValue, String(event.fatalities), event.injuries.map(String.init) ?? "", event.claimed ? "claimed" : "confirmed",
            event.country, event.location,
        ].joined(separator: "|")
    }

    /// The JSON body: the alert, the kind, the canonical event in ACLED's column names, and its sources.
    func payload(_ event: CanonicalEventRecord, alert: AlertRecord, kind: AlertDelivery.Kind, now: Date) throws -> String {
        let sources = try event.documentIDs.compactMap { try store.document(id: $0) }.flatMap { $0.sources.map(\.source) }
        let body = AlertPayload(
            alert: alert.name, kind: kind.rawValue, eventID: event.id, sent: FeedRecord.timestamp(now), event: event.event,
            reportIDs: event.reportIDs, documentIDs: event.documentIDs,
            sourceNames: sources.reduce(into: []) { names, name in if !name.isEmpty, !names.contains(name) { names.append(name) } })
        return try AlertPayload.json(body)
    }
}
