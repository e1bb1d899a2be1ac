public import Foundation
import PostgresNIO

/// Alerts and their delivery log on PostgreSQL (migration "v7-watch"): a claim skips deliveries
/// another watcher is sending (`FOR UPDATE SKIP LOCKED`).
extension PostgresStore: AlertStore {
    public func addAlert(_ alert: AlertRecord) throws {
        try session.transaction { db in
            let stored = try db.execute("""
                INSERT INTO alerts (name, filter, webhook, secret, created)
                VALUES (\(alert.name), \(alert.filter), \(alert.webhook), \(alert.secret), \(alert.created))
                ON CONFLICT (name) DO NOTHING
                """)
            guard stored == 1 else { throw StoreError("an alert named \"\(alert.name)\" already exists; choose another name") }
        }
    }

    public func removeAlert(name: String) throws -> Bool {
        try session.transaction { db in try db.execute("DELETE FROM alerts WHERE name = \(name)") > 0 }
    }

    public func alerts() throws -> [AlertRecord] {
        try session.read { db in
            try db.rows("SELECT name, filter, webhook, secret, created FROM alerts ORDER BY name").map { row in
                let (name, filter, webhook, secret, created) = try row.decode((String, String, String, String, String).self)
                return AlertRecord(name: name, filter: filter, webhook: webhook, secret: secret, created: created)
            }
        }
    }

    public func alertedReports(alert: String, reportIDs: [String]) throws -> [String: String] {
        guard !reportIDs.isEmpty else { return [:] }
        return try session.read { db in
            var told: [String: String] = [:]
            for row in try db.rows(
                "SELECT report_id, fingerprint FROM alert_reports WHERE alert = \(alert) AND report_id = ANY(\(reportIDs)::TEXT[])")
            {
                let (report, fingerprint) = try row.decode((String, String).self)
                told[report] = fingerprint
            }
            return told
        }
    }

    public func recordAlerted(_ alert: String, reportIDs: [String], fingerprint: String, delivery: AlertDelivery?) throws {
        try session.transaction { db in
            if let delivery {
                try db.execute("""
                    INSERT INTO alert_deliveries (alert, event_id, kind, payload, status, attempts, next_attempt, created)
                    VALUES (\(delivery.alert), \(delivery.eventID), \(delivery.kind.rawValue), \(delivery.payload),
                        \(delivery.status.rawValue), \(delivery.attempts), \(delivery.nextAttempt), \(delivery.created))
                    """)
            }
            try db.execute("""
                INSERT INTO alert_reports (alert, report_id, fingerprint)
                SELECT \(alert), r, \(fingerprint) FROM unnest(\(reportIDs)::TEXT[]) AS r
                ON CONFLICT (alert, report_id) DO UPDATE SET fingerprint = EXCLUDED.fingerprint
                """)
        }
    }

    public func claimDueDeliveries(now: Date, leaseSeconds: Int, limit: Int) throws -> [AlertDelivery] {
        let current = FeedRecord.timestamp(now), later = FeedRecord.timestamp(now.addingTimeInterval(Double(leaseSeconds)))
        return try session.transaction { db in
            try db.rows("""
                UPDATE alert_deliveries SET next_attempt = \(later)
                WHERE id IN (
                    SELECT id FROM alert_deliveries WHERE status = 'pending' AND next_attempt <= \(current)
                    ORDER BY id LIMIT \(limit) FOR UPDATE SKIP LOCKED)
                RETURNING \(unescaped: Self.deliveryColumns)
                """
            ).map(Self.delivery).map {
                var claimed = $0
                claimed.nextAttempt = current
                return claimed
            }.sorted { $0.id < $1.id }
        }
    }

    public func saveDeliveryAttempt(_ delivery: AlertDelivery) throws {
        try session.transaction { db in
            try db.execute("""
                UPDATE alert_deliveries SET status = \(delivery.status.rawValue), attempts = \(delivery.attempts),
                    last_error = \(delivery.lastError), next_attempt = \(delivery.nextAttempt), delivered = \(delivery.delivered)
                WHERE id = \(delivery.id)
                """)
        }
    }

    public func deliveryCounts() throws -> [String: [AlertDelivery.Status: Int]] {
        try session.read { db in
            var counts: [String: [AlertDelivery.Status: Int]] = [:]
            for row in try db.rows("SELECT alert, status, COUNT(*)::INTEGER FROM alert_deliveries GROUP BY alert, status") {
                let (alert, status, count) = try row.decode((String, String, Int32).self)
                if let status = AlertDelivery.Status(rawValue: status) { counts[alert, default: [:]][status] = Int(count) }
            }
            return counts
        }
    }

    public func deliveries(alert: String?, limit: Int) throws -> [AlertDelivery] {
        try session.read { db in
            try db.rows("""
                SELECT \(unescaped: Self.deliveryColumns) FROM alert_deliveries
                WHERE \(alert)::TEXT IS NULL OR alert = \(alert) ORDER BY id DESC LIMIT \(limit)
                """
            ).map(Self.delivery)
        }
    }

    private static let deliveryColumns =
        "id, alert, event_id, kind, payload, status, attempts, last_error, next_attempt, created, delivered"

    private static func delivery(_ row: PostgresRow) throws -> AlertDelivery {
        let (id, alert, eventID, kind, payload, status, attempts, lastError, nextAttempt, created, delivered) = try row.decode(
            (Int64, String, String, String, String, String, Int32, String?, String, String, String?).self)
        return AlertDelivery(
            id: id, alert: alert, eventID: eventID, kind: AlertDelivery.Kind(rawValue: kind) ?? .new, payload: payload,
            status: AlertDelivery.Status(rawValue: status) ?? .pending, attempts: Int(attempts), lastError: lastError,
            nextAttempt: nextAttempt, created: created, delivered: delivered)
    }
}
