import Foundation
import Hummingbird
import VigilStore
import VigilWatch

/// Alerts with a token (their webhooks are private): `GET /api/alerts`, `POST /api/alerts`
/// (`{"name", "filter", "webhook", "min_fatalities"?}`, answered with the signing secret once),
/// `DELETE /api/alerts/{name}` and `GET /api/alerts/{name}/deliveries`, as `vigil alerts` does.
struct AlertRoutes {
    let store: any ReviewStore
    let maxBodyBytes: Int

    func register(on writes: RouterGroup<VigilRequestContext>) {
        writes.get("alerts") { _, _ -> AlertListPayload in
            let alerts = try alertStore()
            return try await StoreWork.run { AlertListPayload(alerts: try alerts.alerts().map { try Self.summary($0, in: alerts) }) }
        }
        writes.post("alerts") { request, _ -> EditedResponse<AlertCreatedPayload> in
            let body = try await JSONBody(request, limit: maxBodyBytes)
            try body.only(["name", "filter", "webhook", "min_fatalities"])
            let alerts = try alertStore()
            let alert = try Self.alert(body)
            do { try alerts.addAlert(alert) } catch let error as StoreError { throw APIError(.conflict, error.message) }
            return EditedResponse(status: .created, response: AlertCreatedPayload(alert: try Self.summary(alert, in: alerts), secret: alert.secret))
        }
        writes.delete("alerts/:name") { _, context -> Response in
            let name = try context.parameters.require("name")
            guard try alertStore().removeAlert(name: name) else { throw APIError.notFound("no alert named \"\(name)\"") }
            return Response(status: .noContent)
        }
        writes.get("alerts/:name/deliveries") { request, context -> AlertDeliveryListPayload in
            let query = try QueryParameters(request, allowed: ["limit"])
            let name = try context.parameters.require("name")
            let alerts = try alertStore()
            guard try alerts.alerts().contains(where: { $0.name == name }) else { throw APIError.notFound("no alert named \"\(name)\"") }
            let limit = try query.int("limit", in: 1...ServerConfiguration.maxPageSize) ?? 100
            return AlertDeliveryListPayload(deliveries: try alerts.deliveries(alert: name, limit: limit))
        }
    }

    private func alertStore() throws -> any Store & AlertStore {
        guard let alerts = store as? any Store & AlertStore else { throw APIError(.notImplemented, "this database does not keep alerts") }
        return alerts
    }

    /// A new alert from a request body, with a new secret.
    static func alert(_ body: JSONBody) throws -> AlertRecord {
        guard let name = try body.string("name"), (1...64).contains(name.count) else {
            throw APIError.badParameter("name", "must be 1 to 64 characters")
        }
        var filter = try parsedFilter(try body.string("filter") ?? "")
        switch body.fields["min_fatalities"] {
        case nil, is NSNull: break
        case let number as Int where number >= 0: filter.minFatalities = number
        default: throw APIError.badParameter("min_fatalities", "must be a whole number ≥ 0")
        }
        guard let webhook = try body.string("webhook"), let url = URL(string: webhook),
            ["http", "https"].contains(url.scheme?.lowercased() ?? ""), url.host?.isEmpty == false
        else { throw APIError.badParameter("webhook", "must be an http(s) URL") }
        return AlertRecord(name: name, filter: filter.text, webhook: webhook, secret: APIToken.generate(), created: FeedRecord.timestamp(Date()))
    }

    /// The filter, or a 400 that says what is wrong with it.
    static func parsedFilter(_ text: String) throws -> AlertFilter {
        do throws(AlertFilterError) { return try AlertFilter(parsing: text) } catch {
            throw APIError.badParameter("filter", error.description)
        }
    }

    static func summary(_ alert: AlertRecord, in store: any AlertStore) throws -> AlertSummaryPayload {
        let counts = Dictionary(grouping: try store.deliveries(alert: alert.name, limit: 100_000), by: \.status).mapValues(\.count)
        return AlertSummaryPayload(
            name: alert.name, filter: alert.filter, webhook: alert.webhook, created: alert.created,
            delivered: counts[.delivered] ?? 0, pending: counts[.pending] ?? 0, failed: counts[.failed] ?? 0)
    }
}
