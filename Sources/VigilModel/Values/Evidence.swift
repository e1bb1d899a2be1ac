/// The words of a document that support one field of a record.
///
/// `start` and `end` are `[start, end)` offsets in Unicode code points (scalars) of the document's
/// original text, so `text` equals those code points.
public struct Evidence: Codable, Hashable, Sendable {
    /// The field the span supports, in the record's JSON name (e.g. `sub_event_type`).
    public var field: String
    public var start: Int
    public var end: Int
    public var text: String

    public init(field: String, start: Int, end: Int, text: String) {
        self.field = field
        self.start = start
        self.end = end
        self.text = text
    }
}
