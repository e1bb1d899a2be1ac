public import VigilModel

/// One source's report of an event, as the linker reads it: the extracted event and the words
/// around its evidence.
public struct LinkReport: Sendable, Hashable, Codable {
    /// The extracted event; its `eventID` identifies the report and its `docID` the source.
    public var event: Event
    /// The sentences of the source document that hold the event's evidence, joined by spaces
    /// (empty when the text is not at hand; the evidence spans are used then).
    public var context: String

    /// A report with its context sentences given.
    public init(event: Event, context: String = "") {
        self.event = event
        self.context = context
    }

    /// A report whose context is cut from `documentText`: every sentence that holds a span of the
    /// event's evidence.
    public init(event: Event, documentText: String) {
        self.init(event: event, context: EvidenceSentences.sentences(of: event.evidence, in: documentText))
    }

    /// The report's identifier (the event id).
    public var id: String { event.eventID }
}
