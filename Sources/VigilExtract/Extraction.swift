public import VigilModel

/// What the extractor found in one document.
public struct Extraction: Sendable {
    /// The ACLED events the document reports, in text order.
    public var events: [Event]
    /// The aggregates it reports ("a total of 38 attacks since October 17").
    public var tallies: [Tally]
    /// Why the document was not coded (e.g. "unsupported language: fr"); nil when it was read.
    public var skippedReason: String?

    /// An extraction result.
    public init(events: [Event] = [], tallies: [Tally] = [], skippedReason: String? = nil) {
        self.events = events
        self.tallies = tallies
        self.skippedReason = skippedReason
    }
}
