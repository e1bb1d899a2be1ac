public import Foundation

/// Alerts, what each has been told about (per report, so that an event whose id changes when a
/// report joins it is not new again), and the delivery log with its retries.
public protocol AlertStore: Sendable {
    /// Adds an alert.
    /// - Throws: ``StoreError`` when the name is taken.
    func addAlert(_ alert: AlertRecord) throws
    /// Removes an alert with its delivery log; false when none has that name.
    func removeAlert(name: String) throws -> Bool
    /// Every alert, by name.
    func alerts() throws -> [AlertRecord]
    /// The state last sent to `alert` for each of `reportIDs` it has been told about.
    func alertedReports(alert: String, reportIDs: [String]) throws -> [String: String]
    /// Records `reportIDs` as told to `alert` with `fingerprint` and queues `delivery` (when there is
    /// one), in one transaction.
    func recordAlerted(_ alert: String, reportIDs: [String], fingerprint: String, delivery: AlertDelivery?) throws
    /// Claims up to `limit` pending deliveries due at `now`, moving their next attempt `leaseSeconds`
    /// ahead so that another watcher does not send them meanwhile.
    func claimDueDeliveries(now: Date, leaseSeconds: Int, limit: Int) throws -> [AlertDelivery]
    /// Saves an attempt's outcome (status, attempts, error, next attempt, delivered).
    func saveDeliveryAttempt(_ delivery: AlertDelivery) throws
    /// Each alert's deliveries counted by status.
    func deliveryCounts() throws -> [String: [AlertDelivery.Status: Int]]
    /// The delivery log, newest first, of one alert or of all.
    func deliveries(alert: String?, limit: Int) throws -> [AlertDelivery]
}
