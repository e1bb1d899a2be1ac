/// What storing one document did.
public enum IngestOutcome: Sendable, Hashable {
    /// A new document starting a new story.
    case new(documentID: String)
    /// The same text was already stored: only this copy's source was added.
    case duplicate(documentID: String, existingID: String)
    /// A near-copy of a stored document: stored and joined to that document's story.
    case nearDuplicate(documentID: String, storyID: String, similarity: Double)
    /// Not stored, with the reason ("document id 'x' is already stored with different text").
    case rejected(documentID: String, reason: String)
}
