import Foundation
import Synchronization
import Testing
import VigilTestSupport

/// `vigil alerts` as a user runs it, against a local webhook receiver.
@Suite struct AlertsCommandTests {
    @Test func addTestListLogAndRemove() async throws {
        let receiver = LocalWebhookReceiver(failures: 0)
        try await receiver.start()
        defer { receiver.stop() }
        let vigil = try VigilProcess()
        defer { vigil.cleanUp() }

        let added = try await vigil.runAside([
            "alerts", "add", "--name", "iraq-air", "--filter", "country=iraq sub_event_type=air/drone strike",
            "--min-fatalities", "1", "--webhook", receiver.url,
        ])
        #expect(added.status == 0, "\(added.stderr)")
        let secret = added.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(secret.count >= 32)
        #expect(added.stderr.contains("alert \"iraq-air\" added (country=iraq sub_event_type=Air/drone strike min_fatalities=1 → \(receiver.url))"))

        let tested = try await vigil.runAside(["alerts", "test", "iraq-air"])
        #expect(tested.status == 0, "\(tested.stderr) \(tested.stdout)")
        #expect(tested.stdout == "\(receiver.url) accepted the test delivery\n")
        let delivery = try #require(receiver.received.withLock { $0.first })
        #expect(delivery.kind == "test" && delivery.body.contains("\"kind\":\"test\""))

        let list = try await vigil.runAside(["alerts", "list"])
        #expect(list.stdout.hasPrefix("iraq-air  country=iraq sub_event_type=Air/drone strike min_fatalities=1  → \(receiver.url)"))
        #expect(try await vigil.runAside(["alerts", "log"]).stdout.isEmpty)

        let unknown = try await vigil.runAside(["alerts", "test", "nope"])
        #expect(unknown.status == 65 && unknown.stderr.contains("no alert named \"nope\" (see `vigil alerts list`)"))
        #expect(try await vigil.runAside(["alerts", "remove", "iraq-air"]).status == 0)
        #expect(try await vigil.runAside(["alerts", "list"]).stdout == "no alerts (add one with `vigil alerts add`)\n")
    }

    @Test func badFiltersAndFailingWebhooksAreExplained() async throws {
        let receiver = LocalWebhookReceiver(failures: 1)
        try await receiver.start()
        defer { receiver.stop() }
        let vigil = try VigilProcess()
        defer { vigil.cleanUp() }
        let typo = try await vigil.runAside(["alerts", "add", "--name", "x", "--filter", "contry=Iraq", "--webhook", "https://hooks.example.org/x"])
        #expect(typo.status == 64 && typo.stderr.contains("--filter: unknown field \"contry\""))
        let added = try await vigil.runAside(["alerts", "add", "--name", "failing", "--filter", "country=Iraq", "--webhook", receiver.url])
        #expect(added.status == 0)
        let tested = try await vigil.runAside(["alerts", "test", "failing"])
        #expect(tested.status == 69 && tested.stderr.contains("\(receiver.url): HTTP 500 Internal Server Error"))
    }
}
