/// One ACLED row reduced to what the classifier learns from.
public struct ACLEDRecord: Sendable, Equatable {
    /// The notes with trailing editorial tags ("[size=no report]") removed.
    public var notes: String
    /// ACLED's sub-event type, empty when the row has none (old taxonomy).
    public var subEventType: String
    /// ACLED's event type, empty when the row has none.
    public var eventType: String
    /// ACLED's old-taxonomy event type ("Riots/Protests"), or empty.
    public var legacyEventType: String
    /// The `source_file` column, or empty when the file has none; held-out splits are made per source.
    public var sourceFile: String
    /// The event date as written (ISO `YYYY-MM-DD` sorts by time), or empty.
    public var eventDate: String
    /// The 1-based line of the row in its file.
    public var line: Int

    /// Creates a record.
    public init(
        notes: String, subEventType: String, eventType: String, legacyEventType: String = "", sourceFile: String,
        eventDate: String, line: Int
    ) {
        self.notes = notes
        self.subEventType = subEventType
        self.eventType = eventType
        self.legacyEventType = legacyEventType
        self.sourceFile = sourceFile
        self.eventDate = eventDate
        self.line = line
    }

    /// The record as a training example, if it has notes and a sub-event type.
    public var labeledText: LabeledText? {
        guard !notes.isEmpty, !subEventType.isEmpty else { return nil }
        return LabeledText(text: notes, label: subEventType)
    }
}
