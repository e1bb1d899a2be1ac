public import Foundation
import GRDB

/// Alerts and their delivery log on SQLite (migration "v5-watch").
extension SQLiteStore: AlertStore {
    public func addAlert(_ alert: AlertRecord) throws {
        try write { db in
            if try Bool.fetchOne(db, sql: "SELECT 1 FROM alerts WHERE name = ?", arguments: [alert.name]) == true {
                throw StoreError("an alert named \"\(alert.name)\" already exists; choose another name")
            }
            try db.execute(
                sql: "INSERT INTO alerts (name, filter, webhook, secret, created) VALUES (?, ?, ?, ?, ?)",
                arguments: [alert.name, alert.filter, alert.webhook, alert.secret, alert.created])
        }
    }

    public func removeAlert(name: String) throws -> Bool {
        try write { db in
            try db.execute(sql: "DELETE FROM alerts WHERE name = ?", arguments: [name])
            return db.changesCount > 0
        }
    }

    public func alerts() throws -> [AlertRecord] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM alerts ORDER BY name").map {
                AlertRecord(name: $0["name"], filter: $0["filter"], webhook: $0["webhook"], secret: $0["secret"], created: $0["created"])
            }
        }
    }

    public func alertedReports(alert: String, reportIDs: [String]) throws -> [String: String] {
        guard !reportIDs.isEmpty else { return [:] }
        return try read { db in
            let rows = try Self.rows(db, matching: reportIDs, after: [alert]) { marks in
                "SELECT report_id, fingerprint FROM alert_reports WHERE alert = ? AND report_id IN (\(marks))"
            }
            return Dictionary(rows.map { ($0["report_id"] as String, $0["fingerprint"] as String) }, uniquingKeysWith: { a, _ in a })
        }
    }

    public func recordAlerted(_ alert: String, reportIDs: [String], fingerprint: String, delivery: AlertDelivery?) throws {
        try write { db in
            if let delivery {
                try db.execute(
                    sql: """
                        INSERT INTO alert_deliveries (alert, event_id, kind, payload, status, attempts, next_attempt, created)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                        """,
                    arguments: [
                        delivery.alert, delivery.eventID, delivery.kind.rawValue, delivery.payload, delivery.status.rawValue,
                        delivery.attempts, delivery.nextAttempt, delivery.created,
                    ])
            }
            for report in reportIDs {
                try db.execute(
                    sql: "INSERT OR REPLACE INTO alert_reports (alert, report_id, fingerprint) VALUES (?, ?, ?)",
                    arguments: [alert, report, fingerprint])
            }
        }
    }

    public func claimDueDeliveries(now: Date, leaseSeconds: Int, limit: Int) throws -> [AlertDelivery] {
        let current = FeedRecord.timestamp(now), later = FeedRecord.timestamp(now.addingTimeInterval(Double(leaseSeconds)))
        return try write { db in
            let due = try Row.fetchAll(
                db,
                sql: "SELECT * FROM alert_deliveries WHERE status = 'pending' AND next_attempt <= ? ORDER BY id LIMIT ?",
                arguments: [current, limit]
            ).map(Self.delivery)
            for delivery in due {
                try db.execute(sql: "UPDATE alert_deliveries SET next_attempt = ? WHERE id = ?", arguments: [later, delivery.id])
            }
            return due
        }
    }

    public func saveDeliveryAttempt(_ delivery: AlertDelivery) throws {
        try write { db in
            try db.execute(
                sql: """
                    UPDATE alert_deliveries SET status = ?, attempts = ?, last_error = ?, next_attempt = ?, delivered = ?
                    WHERE id = ?
                    """,
                arguments: [
                    delivery.status.rawValue, delivery.attempts, delivery.lastError, delivery.nextAttempt, delivery.delivered,
                    delivery.id,
                ])
        }
    }

    public func deliveryCounts() throws -> [String: [AlertDelivery.Status: Int]] {
        try read { db in
            var counts: [String: [AlertDelivery.Status: Int]] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT alert, status, COUNT(*) AS n FROM alert_deliveries GROUP BY alert, status") {
                if let status = AlertDelivery.Status(rawValue: row["status"]) { counts[row["alert"], default: [:]][status] = row["n"] }
            }
            return counts
        }
    }

    public func deliveries(alert: String?, limit: Int) throws -> [AlertDelivery] {
        try read { db in
            try Row.fetchAll(
                db, sql: "SELECT * FROM alert_deliveries WHERE ? IS NULL OR alert = ? ORDER BY id DESC LIMIT ?",
                arguments: [alert, alert, limit]
            ).map(Self.delivery)
        }
    }

    private static func delivery(_ row: Row) -> AlertDelivery {
        AlertDelivery(
            id: row["id"], alert: row["alert"], eventID: row["event_id"], kind: AlertDelivery.Kind(rawValue: row["kind"]) ?? .new,
            payload: row["payload"], status: AlertDelivery.Status(rawValue: row["status"]) ?? .pending, attempts: row["attempts"],
            lastError: row["last_error"], nextAttempt: row["next_attempt"], created: row["created"], delivered: row["delivered"])
    }
}
