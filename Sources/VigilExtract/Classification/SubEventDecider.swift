import VigilModel
import VigilText

/// Chooses an event's sub-event type from its triggers and, when present, the classifier.
///
/// Triggers give each sub-event type a score (their weights, the lead sentence counting double);
/// demonstrations follow ACLED's ladder (peaceful → with intervention → excessive force, or violent
/// demonstration). With a classifier, each type's probability is added to its normalized trigger
/// score, so an explicit trigger wins where the model is unsure and the model settles weak triggers.
struct SubEventDecider: Sendable {
    /// How much a full-strength trigger adds to the model's probability.
    static let triggerBonus = 0.8
    /// The weight of a trigger that alone names its type ("kidnapped", "airstrike", "roadside bomb").
    static let unambiguousWeight = 5.0
    /// The weight of an ACLED note's own label ("Looting:", "Movement of forces:").
    static let labelWeight = 6.0
    /// What such a trigger adds: it outweighs a model that learned a region's older coding.
    static let unambiguousBonus = 1.0
    /// What the model's probability of a demonstration counts when no trigger names one.
    static let unnamedProtestFactor = 0.5
    /// Beginnings of the words for demonstrators.
    static let demonstrators = ["protest", "demonstrat", "marcher"]

    let classifier: (any SubEventClassifying)?

    /// The chosen type, a confidence in 0–1, and the trigger that best supports it; `armedLead` says that
    /// the lead sentence names an armed group (not state forces), so no demonstration is read without a word that names one
    /// ("an attack by armed bandits against the peaceful population"); `causes` are the types a demonstration protests
    /// against ("protested against the rape of a student"), which the model's reading of the words alone does not make the event.
    func decide(
        triggers: [Trigger], leadSentence: Int, tokens: ArraySlice<Token>, lead: ArraySlice<Token>? = nil, armedLead: Bool = false,
        causes: Set<SubEventType> = []
    ) -> (SubEventType, Double, Trigger)? {
        guard !triggers.isEmpty else { return nil }
        var tally = SubEventTally()
        let reading = LeadReading(triggers: triggers, leadSentence: leadSentence)
        for trigger in triggers { count(trigger, leadSentence: leadSentence, reading: reading, into: &tally) }
        settleDemonstration(triggers: triggers, leadSentence: leadSentence, leadProtest: reading.protest, tokens: tokens, into: &tally)
        foldIntoAttacks(triggers: triggers, leadSentence: leadSentence, into: &tally)
        return choose(from: tally, triggers: triggers, tokens: tokens, lead: lead, armedLead: armedLead, causes: causes)
    }

    /// Adds one trigger to the tally, read in the light of the lead sentence: arrests after violence, weapons
    /// intercepted or seized, heavy weapons in a fight, a drone's munition, force against a demonstration.
    private func count(_ trigger: Trigger, leadSentence: Int, reading: LeadReading, into tally: inout SubEventTally) {
        let inLead = trigger.sentence == leadSentence
        if let violence = reading.violence, trigger.subEventType == .arrests, !inLead || trigger.tokens.lowerBound > violence.tokens.lowerBound {
            return
        }
        if let interception = reading.interception, inLead, trigger.subEventType.eventType == .explosionsRemoteViolence,
            trigger.tokens.lowerBound > interception.tokens.lowerBound
        {
            return
        }
        if inLead, reading.seized.contains(trigger.tokens.lowerBound) {
            tally.credit(trigger, to: .disruptedWeaponsUse)
            return
        }
        if reading.fight, [.shellingArtilleryMissileAttack, .remoteExplosiveLandmineIED].contains(trigger.subEventType), inLead {
            tally.credit(trigger, to: .armedClash, settles: false)
            return
        }
        if reading.drone, trigger.subEventType == .grenade, inLead {
            tally.credit(trigger, to: .airDroneStrike)
            return
        }
        if reading.protest, trigger.isLethal, inLead {
            tally.roles.insert(.excessive)
            tally.protestScore += trigger.weight
            return
        }
        // "Protesters clashed with police": demonstrators who fight riot.
        if reading.protest, trigger.isMutual, inLead {
            tally.roles.insert(.violent)
            tally.protestScore += trigger.weight
            return
        }
        let factor = inLead ? 1.0 : 0.5
        if let role = trigger.protestRole {
            // Violence and excessive force are read in the lead sentence only; later sentences often recall earlier riots.
            if role == .protest || role == .intervention || inLead { tally.roles.insert(role) }
            // "Police fined protesters", "detained the participants": acting against a demonstration names one.
            if trigger.isOnProtest { tally.roles.insert(.protest) }
            // "Police attacked the protesters": someone acted against the demonstration.
            if trigger.isOnProtest, inLead { tally.roles.insert(.intervention) }
            tally.protestScore += trigger.weight * factor
            return
        }
        tally.credit(trigger, to: trigger.subEventType, factor: factor)
        if let current = tally.best[trigger.subEventType], current.weight >= trigger.weight { return }
        tally.best[trigger.subEventType] = trigger
    }

    /// ACLED's ladder for a named demonstration (peaceful → with intervention → excessive force, or violent
    /// demonstration) when it outweighs the rest; else rioting words count on their own, a mob's when no
    /// demonstration is named.
    private func settleDemonstration(
        triggers: [Trigger], leadSentence: Int, leadProtest: Bool, tokens: ArraySlice<Token>, into tally: inout SubEventTally
    ) {
        // Demonstrators who burn or destroy property in the lead sentence turn violent.
        let destroyed = triggers.contains { $0.sentence == leadSentence && $0.subEventType == .lootingPropertyDestruction }
        // "angry protesters ransacked the office": destruction by a demonstration is its violence, however strong the word.
        let destroyedByDemonstration = destroyed && leadProtest && !tally.roles.contains(.excessive)
        // "beat and detained retired workers who had gathered to demand higher pensions": arrests named intervene, even
        // when they read as the aftermath of violence.
        let arrestsNamed = triggers.contains { $0.subEventType == .arrests }
        if tally.roles.contains(.protest), tally.protestScore >= (tally.scores.values.max() ?? 0) || destroyedByDemonstration {
            let roles = tally.roles
            let protestType: SubEventType =
                roles.contains(.excessive) ? .excessiveForceAgainstProtesters
                : roles.contains(.violent) || destroyed ? .violentDemonstration
                : roles.contains(.intervention) || arrestsNamed ? .protestWithIntervention : .peacefulProtest
            if destroyedByDemonstration {
                tally.protestScore += tally.scores.removeValue(forKey: .lootingPropertyDestruction) ?? 0
            }
            tally.scores[protestType, default: 0] += tally.protestScore
            tally.strongest[protestType] = 5
            tally.best[protestType] = triggers.first { $0.protestRole == .protest }
            return
        }
        for trigger in triggers where trigger.protestRole != nil && trigger.protestRole != .protest {
            let factor = trigger.sentence == leadSentence ? 1.0 : 0.5
            // "Stone-pelting erupted between two communities": rioting that no demonstration is named for is a mob's
            // ("protesters damaged two cars" names its demonstration in the trigger itself).
            let namesDemonstrators = trigger.tokens.contains { i in
                tokens.indices.contains(i) && Self.demonstrators.contains { tokens[i].norm.hasPrefix($0) }
            }
            let type = trigger.subEventType == .violentDemonstration && !namesDemonstrators ? .mobViolence : trigger.subEventType
            tally.credit(trigger, to: type, factor: factor, settles: false)
            if tally.best[type] == nil { tally.best[type] = trigger }
        }
    }

    /// "defused a landmine": the device named is the one taken out of use. "attacked the village and burned a
    /// shop": property destroyed in an attack is part of it (ACLED codes the attack), unless the note's own
    /// label says otherwise ("Property destruction: …").
    private func foldIntoAttacks(triggers: [Trigger], leadSentence: Int, into tally: inout SubEventTally) {
        if tally.unambiguous.contains(.disruptedWeaponsUse) { tally.unambiguous.remove(.remoteExplosiveLandmineIED) }
        if triggers.contains(where: { $0.sentence == leadSentence && [.attack, .armedClash].contains($0.subEventType) }),
            (tally.strongest[.lootingPropertyDestruction] ?? 0) < Self.labelWeight,
            let looting = tally.scores.removeValue(forKey: .lootingPropertyDestruction)
        {
            tally.scores[.attack, default: 0] += looting
            tally.strongest[.attack] = max(tally.strongest[.attack] ?? 0, tally.strongest[.lootingPropertyDestruction] ?? 0)
            if tally.best[.attack] == nil { tally.best[.attack] = tally.best[.lootingPropertyDestruction] }
        }
    }

    /// The type with the most normalized trigger score plus, with a classifier, its probability; its
    /// confidence and the trigger that best supports it.
    private func choose(
        from tally: SubEventTally, triggers: [Trigger], tokens: ArraySlice<Token>, lead: ArraySlice<Token>?, armedLead: Bool,
        causes: Set<SubEventType>
    ) -> (SubEventType, Double, Trigger)? {
        guard let maxScore = tally.scores.values.max(), maxScore > 0 else { return nil }
        var combined: [SubEventType: Double] = [:]
        for (type, score) in tally.scores {
            let bonus = tally.unambiguous.contains(type) ? Self.unambiguousBonus : Self.triggerBonus
            combined[type] = score / maxScore * min(1, (tally.strongest[type] ?? 0) / 4) * bonus
        }
        if let classifier {
            // A demonstration needs a word that names one: without it, arrests or raids are no protest.
            let namesProtest = triggers.contains { $0.protestRole != nil }
            for (label, probability) in classifier.probabilities(for: tokens, lead: lead ?? tokens) {
                guard let type = try? SubEventType(validating: label) else { continue }
                let unnamedProtest = type.eventType == .protests && !namesProtest
                if unnamedProtest && armedLead || causes.contains(type) && tally.scores[type] == nil { continue }
                combined[type, default: 0] += unnamedProtest ? probability * Self.unnamedProtestFactor : probability
            }
        }
        guard let (type, score) = combined.max(by: { $0.value < $1.value || ($0.value == $1.value && $0.key.rawValue > $1.key.rawValue) })
        else { return nil }
        let trigger = tally.best[type] ?? triggers.max { $0.weight < $1.weight }!
        let confidence = classifier == nil
            ? min(0.95, 0.4 + 0.1 * (tally.scores[type] ?? 0))
            : min(0.99, score / (1 + Self.triggerBonus) + 0.1)
        return (type, confidence, trigger)
    }
}
