import Foundation
public import VigilModel

/// The body of an alert's POST.
public struct AlertPayload: Sendable, Codable {
    public var alert: String
    /// `new`, `updated`, or `test` (`vigil alerts test`).
    public var kind: String
    public var eventID: String
    public var sent: String
    /// The canonical event, in the extraction contract's (ACLED's) column names (in a test, the
    /// newest stored event the alert matches, or none).
    public var event: Event?
    public var reportIDs: [String]
    public var documentIDs: [String]
    public var sourceNames: [String]

    public init(
        alert: String, kind: String, eventID: String, sent: String, event: Event?, reportIDs: [String], documentIDs: [String],
        sourceNames: [String]
    ) {
        self.alert = alert
        self.kind = kind
        self.eventID = eventID
        self.sent = sent
        self.event = event
        self.reportIDs = reportIDs
        self.documentIDs = documentIDs
        self.sourceNames = sourceNames
    }

    enum CodingKeys: String, CodingKey {
        case alert, kind, sent, event
        case eventID = "event_id"
        case reportIDs = "report_ids"
        case documentIDs = "document_ids"
        case sourceNames = "source_names"
    }

    /// Compact JSON with sorted keys: the exact bytes that are signed and sent.
    public static func json(_ payload: AlertPayload) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(payload), as: UTF8.self)
    }
}
