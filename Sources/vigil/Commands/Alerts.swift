import ArgumentParser
import Foundation
import VigilModel
import VigilServer
import VigilStore
import VigilWatch

/// `vigil alerts`: webhooks told about new events that match a filter.
struct Alerts: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "alerts",
        abstract: "Add, list, test and remove alerts: a JSON POST to a webhook for each new matching event.",
        discussion: """
            An alert matches canonical events by a filter of field=value pairs: country, admin1, admin2, \
            location, event_type, sub_event_type, actor (any actor, by substring), min_fatalities, \
            claimed (true/false); `|` separates alternatives ("country=Iraq|Syria"). When `vigil watch`, \
            `vigil serve --watch` or `vigil process` makes a new canonical event that matches, one \
            POST is queued ("kind": "new"), and one more when a linked report changes it ("updated":
            confirmed, more fatalities, another type or place). `vigil watch` (or `vigil alerts \
            deliver`) sends them; a receiver that fails is tried again after 30 s, 2 min, 8 min, \
            32 min and 2 h. Each body is signed: X-Vigil-Signature is "sha256=" and the hex \
            HMAC-SHA256 of the body with the alert's secret, which `alerts add` prints once.
            """,
        subcommands: [Add.self, List.self, Remove.self, Test.self, Log.self, Deliver.self],
        defaultSubcommand: List.self)

    /// `vigil alerts add`
    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "add", abstract: "Add an alert and print its signing secret once.")

        @OptionGroup var store: StoreOptions
        @Option(help: "A name for it.") var name: String
        @Option(help: ArgumentHelp("Which events: field=value pairs, e.g. \"country=Iraq sub_event_type=Air/drone strike\".", valueName: "filter"))
        var filter: String
        @Option(help: ArgumentHelp("Only events with at least this many fatalities.", valueName: "K")) var minFatalities: Int?
        @Option(help: ArgumentHelp("The http(s) URL POSTed to.", valueName: "url")) var webhook: String

        func validate() throws { _ = try alert() }

        /// The alert, or a usage error naming the option at fault.
        func alert() throws -> AlertRecord {
            do {
                return try AlertSubscription.new(
                    name: name, filter: filter, minFatalities: minFatalities, webhook: webhook, secret: APIToken.generate())
            } catch {
                throw ValidationError("--\(error.field.replacingOccurrences(of: "_", with: "-")): \(error.message)")
            }
        }

        func run() throws {
            try reportingErrors {
                let alerts = try Alerts.alertStore(store)
                let alert = try alert()
                do { try alerts.addAlert(alert) } catch let error as StoreError { throw CLIError(error.message, code: .dataError) }
                print(alert.secret)
                Console.error("alert \"\(name)\" added (\(alert.filter) → \(webhook)); the line above is its signing secret, shown only this once")
            }
        }
    }

    /// `vigil alerts list`
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List alerts with their last deliveries.")

        @OptionGroup var store: StoreOptions

        func run() throws {
            try reportingErrors {
                let alerts = try Alerts.alertStore(store)
                let records = try alerts.alerts()
                let all = try alerts.deliveryCounts()
                if records.isEmpty { print("no alerts (add one with `vigil alerts add`)") }
                for alert in records {
                    let counts = all[alert.name] ?? [:]
                    print("\(alert.name)  \(alert.filter)  → \(alert.webhook)  ·  \(counts[.delivered] ?? 0) delivered, \(counts[.pending] ?? 0) pending, \(counts[.failed] ?? 0) given up")
                }
            }
        }
    }

    /// `vigil alerts remove NAME`
    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "remove", abstract: "Remove an alert and its delivery log.")

        @OptionGroup var store: StoreOptions
        @Argument(help: "The alert's name.") var name: String

        func run() throws {
            try reportingErrors {
                guard try Alerts.alertStore(store).removeAlert(name: name) else {
                    throw CLIError("no alert named \"\(name)\" (see `vigil alerts list`)", code: .dataError)
                }
                print("alert \"\(name)\" removed")
            }
        }
    }

    /// `vigil alerts test NAME`
    struct Test: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "test",
            abstract: "POST a signed sample body (\"kind\": \"test\") to an alert's webhook and say how it answered.")

        @OptionGroup var store: StoreOptions
        @Argument(help: "The alert's name.") var name: String

        func run() throws {
            try reportingErrors {
                let alerts = try Alerts.alertStore(store)
                guard let alert = try alerts.alerts().first(where: { $0.name == name }) else {
                    throw CLIError("no alert named \"\(name)\" (see `vigil alerts list`)", code: .dataError)
                }
                let filter = try? AlertFilter(parsing: alert.filter)
                let example = try alerts.canonicalEvents(EventQuery(limit: 500)).first { filter?.matches($0.event) == true }
                let body = try AlertPayload.json(AlertPayload(
                    alert: alert.name, kind: "test", eventID: example?.id ?? "", sent: FeedRecord.timestamp(Date()),
                    event: example?.event, reportIDs: example?.reportIDs ?? [], documentIDs: example?.documentIDs ?? [], sourceNames: []))
                let outcome = AsyncWait.result { () async -> String? in
                    do throws(FetchError) { try await WebhookSender().post(body, to: alert.webhook, secret: alert.secret, delivery: "test", kind: "test") } catch {
                        return error.description
                    }
                    return nil
                }
                if let outcome { throw CLIError(outcome, code: .unavailable) }
                print("\(alert.webhook) accepted the test delivery")
            }
        }
    }

    /// `vigil alerts log [NAME]`
    struct Log: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "log", abstract: "Show the delivery log, newest first.")

        @OptionGroup var store: StoreOptions
        @Argument(help: "Only this alert's deliveries.") var name: String?
        @Option(help: "At most this many.") var limit = 50
        @Flag(help: "Print one JSON object per delivery.") var json = false

        func run() throws {
            try reportingErrors {
                for delivery in try Alerts.alertStore(store).deliveries(alert: name, limit: max(1, min(limit, 10_000))) {
                    if json { try JSONOutput.printLine(delivery); continue }
                    let state = delivery.status == .pending ? "pending, next attempt \(delivery.nextAttempt)" : delivery.status.rawValue
                    let error = delivery.lastError.map { "  last error \"\($0)\"" } ?? ""
                    print("#\(delivery.id)  \(delivery.created)  \(delivery.alert)  \(delivery.kind.rawValue) \(delivery.eventID)  \(state) after \(delivery.attempts) attempt\(delivery.attempts == 1 ? "" : "s")\(error)")
                }
            }
        }
    }

    /// `vigil alerts deliver`
    struct Deliver: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "deliver",
            abstract: "Send the deliveries that are due now (what `vigil watch` does each round), for cron users.")

        @OptionGroup var store: StoreOptions

        func run() throws {
            try reportingErrors {
                let dispatcher = AlertDispatcher(store: try Alerts.alertStore(store), sender: WebhookSender())
                let sent = AsyncWait.result { () async -> Result<(delivered: Int, retrying: Int, failed: Int), any Error> in
                    do { return .success(try await dispatcher.deliverDue()) } catch { return .failure(error) }
                }
                let counts = try sent.get()
                print("\(counts.delivered) delivered, \(counts.retrying) to retry, \(counts.failed) given up")
            }
        }
    }

    static func alertStore(_ options: StoreOptions) throws -> any Store & AlertStore {
        guard let alerts = try options.open() as? any Store & AlertStore else {
            throw CLIError("this database does not keep alerts", code: .ioError)
        }
        return alerts
    }

    /// The dispatcher over a store that keeps alerts, nil over one that does not.
    static func dispatcher(_ store: any Store) -> AlertDispatcher? {
        (store as? any Store & AlertStore).map { AlertDispatcher(store: $0, sender: WebhookSender()) }
    }

}
