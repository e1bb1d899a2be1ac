import Foundation
import Synchronization
import Testing
import VigilModel
import VigilPipeline
import VigilStore
import VigilTestSupport
import VigilText
import VigilWatch

/// Alerts from canonical events to a local webhook receiver: queued once per new event, once more
/// when it changes, retried with back-off, and signed.
@Suite struct AlertDispatcherTests {
    static func strike(_ id: String, fatalities: Int, claimed: Bool) -> Event {
        Event(
            docID: String(id.split(separator: "-").prefix(2).joined(separator: "-")), eventID: id,
            eventDate: CalendarDay(iso: "2023-11-06")!, timePrecision: .day, subEventType: .airDroneStrike,
            actor1: "Islamic Resistance in Iraq", inter1: .politicalMilitias,
            place: Place(name: "Ain al-Asad", latitude: 33.8, longitude: 42.44, country: "Iraq", iso3: "IRQ", admin1: "Al Anbar", geoPrecision: .exact),
            fatalities: fatalities, claimed: claimed, confidence: 0.9)
    }

    @Test(arguments: StoreBackend.available)
    func aMatchingEventIsSentSignedAfterTwoFailuresAndOnceMoreWhenItChanges(_ backend: StoreBackend) async throws {
        let receiver = LocalWebhookReceiver(failures: 2)
        try await receiver.start()
        defer { receiver.stop() }
        let (store, cleanUp) = try backend.makeStore()
        defer { cleanUp() }
        try store.addAlert(AlertRecord(
            name: "iraq-air", filter: "country=Iraq sub_event_type=Air/drone strike", webhook: receiver.url, secret: "s3cret",
            created: "2026-12-07T00:00:00Z"))
        try store.addAlert(AlertRecord(
            name: "syria", filter: "country=Syria", webhook: receiver.url, secret: "other", created: "2026-12-07T00:00:00Z"))
        _ = try store.ingest([incoming("doc-a", "Drones struck Ain al-Asad air base in western Iraq on Monday.")], nearDuplicateThreshold: 0.8)
        let story = try #require(try store.document(id: "doc-a")).document.storyID
        try store.saveExtraction(storyID: story, extractorVersion: "test", events: [Self.strike("doc-a-1", fatalities: 0, claimed: true)], tallies: [])
        let linked = try LinkingPass.update(store)
        let dispatcher = AlertDispatcher(store: store, sender: WebhookSender(timeoutSeconds: 5))

        let start = Date()
        #expect(try dispatcher.enqueue(canonicalEventIDs: linked.eventIDs, now: start) == 1)
        #expect(try dispatcher.enqueue(canonicalEventIDs: linked.eventIDs, now: start) == 0)  // told already
        #expect(try await dispatcher.deliverDue(now: start) == (0, 1, 0))
        #expect(try await dispatcher.deliverDue(now: start.addingTimeInterval(10)) == (0, 0, 0))  // waiting 30 s
        #expect(try await dispatcher.deliverDue(now: start.addingTimeInterval(31)) == (0, 1, 0))
        #expect(try await dispatcher.deliverDue(now: start.addingTimeInterval(31 + 121)) == (1, 0, 0))
        let log = try store.deliveries(alert: "iraq-air", limit: 10)
        #expect(log.count == 1 && log[0].status == .delivered && log[0].attempts == 3 && log[0].lastError == nil)

        let received = receiver.received.withLock { $0 }
        #expect(received.map(\.status) == [500, 500, 204])
        let accepted = try #require(received.last)
        #expect(accepted.signature == "sha256=" + HMACSHA256.hex(key: "s3cret", message: Array(accepted.body.utf8)))
        #expect(accepted.kind == "new")
        let body = try #require(try JSONSerialization.jsonObject(with: Data(accepted.body.utf8)) as? [String: Any])
        #expect(body["alert"] as? String == "iraq-air" && body["kind"] as? String == "new")
        let event = try #require(body["event"] as? [String: Any])
        #expect(event["sub_event_type"] as? String == "Air/drone strike" && event["country"] as? String == "Iraq")
        #expect(body["source_names"] as? [String] == ["Wire"])

        // A reviewer (or a linked report) raises the toll: the alert hears of it once more.
        var changed = try #require(try store.canonicalEvent(id: "doc-a-1")).event
        changed.fatalities = 2
        try store.replaceCanonicalEvent(changed)
        #expect(try dispatcher.enqueue(canonicalEventIDs: [changed.eventID], now: start) == 1)
        #expect(try await dispatcher.deliverDue(now: start.addingTimeInterval(400)) == (1, 0, 0))
        #expect(receiver.received.withLock { $0.last?.kind } == "updated")
        #expect(try store.deliveries(alert: "syria", limit: 10).isEmpty)
    }

    @Test func aReceiverThatNeverAcceptsIsGivenUpAfterSixAttempts() async throws {
        let receiver = LocalWebhookReceiver(failures: 100)
        try await receiver.start()
        defer { receiver.stop() }
        let (store, cleanUp) = try StoreBackend.sqlite.makeStore()
        defer { cleanUp() }
        try store.addAlert(AlertRecord(name: "all", filter: "country=Iraq", webhook: receiver.url, secret: "k", created: "2026-12-07T00:00:00Z"))
        _ = try store.ingest([incoming("doc-b", "Drones struck the base.")], nearDuplicateThreshold: 0.8)
        let story = try #require(try store.document(id: "doc-b")).document.storyID
        try store.saveExtraction(storyID: story, extractorVersion: "test", events: [Self.strike("doc-b-1", fatalities: 1, claimed: false)], tallies: [])
        let dispatcher = AlertDispatcher(store: store, sender: WebhookSender(timeoutSeconds: 5))
        #expect(try dispatcher.enqueue(canonicalEventIDs: try LinkingPass.update(store).eventIDs) == 1)
        var outcomes: [Int] = []
        for hour in 0..<8 {
            let sent = try await dispatcher.deliverDue(now: Date().addingTimeInterval(Double(hour) * 3 * 3600))
            outcomes.append(sent.failed)
        }
        #expect(outcomes.reduce(0, +) == 1)
        let log = try #require(try store.deliveries(alert: nil, limit: 1).first)
        #expect(log.status == .failed && log.attempts == AlertDispatcher.maxAttempts && log.lastError == "HTTP 500 Internal Server Error")
    }
}
