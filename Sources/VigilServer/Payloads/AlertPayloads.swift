import Hummingbird
import VigilStore

/// An alert without its secret, with its deliveries counted by status.
struct AlertSummaryPayload: Encodable, Sendable {
    var name: String
    var filter: String
    var webhook: String
    var created: String
    var delivered: Int
    var pending: Int
    var failed: Int
}

/// `GET /api/alerts`.
struct AlertListPayload: ResponseEncodable, Sendable {
    var alerts: [AlertSummaryPayload]
}

/// `POST /api/alerts`: the alert, and its signing secret, shown this once.
struct AlertCreatedPayload: ResponseEncodable, Sendable {
    var alert: AlertSummaryPayload
    var secret: String
}

/// `GET /api/alerts/{name}/deliveries`: the delivery log, newest first.
struct AlertDeliveryListPayload: ResponseEncodable, Sendable {
    var deliveries: [AlertDelivery]
}
