/// Words that name an event ("drone attacks", "protested", "kidnapped") and what they name: its reading's fields
/// (`trigger.subEventType`, `trigger.isMutual`, …) read through.
@dynamicMemberLookup
struct Trigger: Sendable {
    let tokens: Range<Int>
    /// Index of the sentence it is in.
    let sentence: Int
    /// What the words name: the sub-event type, how strongly, and the flags (`Resources/triggers.tsv`).
    let reading: ExtractionLexicons.TriggerEntry

    subscript<T>(dynamicMember keyPath: KeyPath<ExtractionLexicons.TriggerEntry, T>) -> T { reading[keyPath: keyPath] }
}
