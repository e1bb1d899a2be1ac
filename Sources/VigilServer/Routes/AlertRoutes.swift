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
            return try await StoreWork.run {
                let counts = try alerts.deliveryCounts()
                return AlertListPayload(alerts: try alerts.alerts().map { Self.summary($0, counts: counts[$0.name] ?? [:]) })
            }
        }
        writes.post("alerts") { request, _ -> EditedResponse<AlertCreatedPayload> in
            let body = try await JSONBody(request, limit: maxBodyBytes)
            try body.only(["name", "filter", "webhook", "min_fatalities"])
            let minFatalities: Int?
            switch body.fields["min_fatalities"] {
            case nil, is NSNull: minFatalities = nil
            case let number as Int: minFatalities = number
            default: throw APIError.badParameter("min_fatalities", "must be a whole number ≥ 0")
            }
            let alert = try FeedRoutes.checked {
                try AlertSubscription.new(
                    name: try body.string("name") ?? "", filter: try body.string("filter") ?? "", minFatalities: minFatalities,
                    webhook: try body.string("webhook") ?? "", secret: APIToken.generate())
            }
            let alerts = try alertStore()
            try await StoreWork.run {
                do { try alerts.addAlert(alert) } catch let error as StoreError { throw APIError(.conflict, error.message) }
            }
            return EditedResponse(status: .created, response: AlertCreatedPayload(alert: Self.summary(alert, counts: [:]), secret: alert.secret))
        }
        writes.delete("alerts/:name") { _, context -> Response in
            let name = try context.parameters.require("name")
            let alerts = try alertStore()
            guard try await StoreWork.run({ try alerts.removeAlert(name: name) }) else { throw APIError.notFound("no alert named \"\(name)\"") }
            return Response(status: .noContent)
        }
        writes.get("alerts/:name/deliveries") { request, context -> AlertDeliveryListPayload in
            let query = try QueryParameters(request, allowed: ["limit"])
            let name = try context.parameters.require("name")
            let limit = try query.int("limit", in: 1...ServerConfiguration.maxPageSize) ?? 100
            let alerts = try alertStore()
            return try await StoreWork.run {
                guard try alerts.alerts().contains(where: { $0.name == name }) else { throw APIError.notFound("no alert named \"\(name)\"") }
                return AlertDeliveryListPayload(deliveries: try alerts.deliveries(alert: name, limit: limit))
            }
        }
    }

    private func alertStore() throws -> any Store & AlertStore {
        guard let alerts = store as? any Store & AlertStore else { throw APIError(.notImplemented, "this database does not keep alerts") }
        return alerts
    }

    static func summary(_ alert: AlertRecord, counts: [AlertDelivery.Status: Int]) -> AlertSummaryPayload {
        AlertSummaryPayload(
            name: alert.name, filter: alert.filter, webhook: alert.webhook, created: alert.created,
            delivered: counts[.delivered] ?? 0, pending: counts[.pending] ?? 0, failed: counts[.failed] ?? 0)
    }
}
