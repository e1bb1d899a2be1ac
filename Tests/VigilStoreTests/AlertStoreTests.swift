import Foundation
import Testing
import VigilStore
import VigilTestSupport

@Suite struct AlertStoreTests {
    static let backends = StoreBackend.available

    @Test(arguments: backends)
    func alertsRememberWhatTheyWereToldAndLogDeliveries(_ backend: StoreBackend) throws {
        let (store, cleanUp) = try backend.makeStore()
        defer { cleanUp() }
        let alert = AlertRecord(name: "iraq", filter: "country=Iraq", webhook: "https://hooks.example.org/a", secret: "k", created: "2026-12-07T00:00:00Z")
        try store.addAlert(alert)
        #expect {
            try store.addAlert(alert)
        } throws: { "\($0)" == "an alert named \"iraq\" already exists; choose another name" }
        #expect(try store.alerts() == [alert])

        let now = Date()
        let stamp = FeedRecord.timestamp(now)
        let first = AlertDelivery(alert: "iraq", eventID: "ce-a-1", kind: .new, payload: "{\"n\":1}", nextAttempt: stamp, created: stamp)
        try store.recordAlerted("iraq", reportIDs: ["a-1", "b-1"], fingerprint: "f1", delivery: first)
        try store.recordAlerted("iraq", reportIDs: ["c-1"], fingerprint: "f2", delivery: nil)
        #expect(try store.alertedReports(alert: "iraq", reportIDs: ["a-1", "c-1", "z-9"]) == ["a-1": "f1", "c-1": "f2"])
        #expect(try store.deliveries(alert: nil, limit: 10).count == 1)

        // A claim holds a delivery for its lease: a second watcher gets nothing meanwhile.
        var claimed = try #require(try store.claimDueDeliveries(now: now, leaseSeconds: 300, limit: 10).first)
        #expect(claimed.payload == "{\"n\":1}" && claimed.kind == .new)
        #expect(try store.claimDueDeliveries(now: now, leaseSeconds: 300, limit: 10).isEmpty)
        claimed.attempts = 1
        claimed.lastError = "HTTP 500 Internal Server Error"
        claimed.nextAttempt = FeedRecord.timestamp(now.addingTimeInterval(30))
        try store.saveDeliveryAttempt(claimed)
        #expect(try store.claimDueDeliveries(now: now.addingTimeInterval(31), leaseSeconds: 300, limit: 10).map(\.attempts) == [1])
        claimed.status = .delivered
        claimed.attempts = 2
        claimed.delivered = stamp
        try store.saveDeliveryAttempt(claimed)
        #expect(try store.claimDueDeliveries(now: now.addingTimeInterval(3600), leaseSeconds: 300, limit: 10).isEmpty)
        let logged = try #require(try store.deliveries(alert: "iraq", limit: 10).first)
        #expect(logged.status == .delivered && logged.attempts == 2 && logged.delivered == stamp)

        #expect(try store.removeAlert(name: "iraq"))
        #expect(try !store.removeAlert(name: "iraq"))
        #expect(try store.deliveries(alert: nil, limit: 10).isEmpty)
        #expect(try store.alertedReports(alert: "iraq", reportIDs: ["a-1"]).isEmpty)
    }
}
