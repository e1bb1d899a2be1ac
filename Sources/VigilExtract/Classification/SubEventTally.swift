import VigilModel

/// What an event's triggers say for each sub-event type, as ``SubEventDecider`` adds it up: each type's
/// score, its strongest trigger's weight and best trigger, the types a word alone settles, and the
/// demonstration read so far (its roles and score).
struct SubEventTally {
    var scores: [SubEventType: Double] = [:]
    var strongest: [SubEventType: Double] = [:]
    var best: [SubEventType: Trigger] = [:]
    /// Types named by a word that alone settles them (weight 5, not the demonstration ladder).
    var unambiguous: Set<SubEventType> = []
    var roles: Set<ExtractionLexicons.ProtestRole> = []
    var protestScore = 0.0

    /// Counts `trigger`'s weight (times `factor`) for `type`; where `settles`, a word that alone names its type settles it.
    mutating func credit(_ trigger: Trigger, to type: SubEventType, factor: Double = 1, settles: Bool = true) {
        scores[type, default: 0] += trigger.weight * factor
        strongest[type] = max(strongest[type] ?? 0, trigger.weight)
        if settles, trigger.weight >= SubEventDecider.unambiguousWeight { unambiguous.insert(type) }
    }
}
