/// The kinds of cue phrase that change how a nearby trigger reads (see `cues.tsv`).
enum CueKind: String, Sendable {
    case negation, denial, modality, condemnation, background, claim, crime, disaster, accident, sports
    case passiveAgent = "passive-agent"
    case target, association, reporting
    /// "former", "retired": the member of a force named next is no longer one (a civilian).
    case former
    /// "mistaken for", "suspected of being": the armed role named next is only alleged.
    case alleged
    /// "farmers", "villagers": members of a community, a communal militia when they fight.
    case community
    /// "in a separate attack", "earlier in the day": the sentence reports another event than the one before.
    case separate
    /// "over", "justice for": after a demonstration's words, what it protests against follows (as after "against").
    case cause
    /// "is regularly", "are frequently", "has repeatedly been": what follows happens habitually, background to the
    /// event ("Kharkiv is regularly targeted by drones, guided bombs and missiles").
    case habitual
    /// "a joint patrol passed through": forces moving about as usual, no event without an incident.
    case routine
    /// "the", "this": a trigger after it names an event already told ("The explosive device had been buried …").
    case definite
    /// "after", "following": what is told next happened before, and may be why ("rioted after a driver was found dead").
    case sequel
    /// "confirmed", "verified": a reporting word by which a party confirms what another claimed.
    case confirmation

    /// Whether the cue introduces what someone reports (a confirmation is a report too).
    var isReporting: Bool { self == .reporting || self == .confirmation }
}

/// A cue phrase found in the text.
struct Cue: Sendable {
    let kind: CueKind
    let tokens: Range<Int>
}
