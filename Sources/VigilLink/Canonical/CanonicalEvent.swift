public import VigilModel

/// One real-world event as Vigil records it after linking: the reconciled ACLED row, every report
/// and source document behind it, and each field's value with the sources that support it.
public struct CanonicalEvent: Codable, Hashable, Sendable {
    /// `ce-` and the smallest report id: the same reports always give the same id.
    public var id: String
    /// The reconciled event; `eventID` is ``id`` and `docID`, `evidence` are those of the first report.
    public var event: Event
    /// The reports (extracted events) merged here, sorted.
    public var reportIDs: [String]
    /// Their source documents, sorted; each story's near-copies are the store's to add.
    public var documentIDs: [String]
    /// Field by field: the chosen value, its sources, the alternatives and the rule.
    public var fields: [FieldSupport]

    /// A canonical event.
    public init(id: String, event: Event, reportIDs: [String], documentIDs: [String], fields: [FieldSupport]) {
        self.id = id
        self.event = event
        self.reportIDs = reportIDs
        self.documentIDs = documentIDs
        self.fields = fields
    }

    /// The support of one field, by its JSON name.
    public func support(for field: String) -> FieldSupport? {
        fields.first { $0.field == field }
    }

    /// The id of the canonical event made of reports with these ids.
    public static func id(forReports reportIDs: [String]) -> String {
        "ce-" + (reportIDs.min() ?? "")
    }

    enum CodingKeys: String, CodingKey {
        case id, event
        case reportIDs = "report_ids"
        case documentIDs = "document_ids"
        case fields
    }
}
