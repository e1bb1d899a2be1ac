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
        var scores: [SubEventType: Double] = [:]
        var strongest: [SubEventType: Double] = [:]
        var best: [SubEventType: Trigger] = [:]
        var roles: Set<ExtractionLexicons.ProtestRole> = []
        var protestScore = 0.0
        // Types named by a word that alone settles them (weight 5, not the demonstration ladder).
        var unambiguous: Set<SubEventType> = []
        /// Counts `trigger`'s weight (times `factor`) for `type`; where `settles`, a word that alone names its type settles it.
        func credit(_ trigger: Trigger, to type: SubEventType, factor: Double = 1, settles: Bool = true) {
            scores[type, default: 0] += trigger.weight * factor
            strongest[type] = max(strongest[type] ?? 0, trigger.weight)
            if settles, trigger.weight >= Self.unambiguousWeight { unambiguous.insert(type) }
        }
        // "Police shot dead two marchers during the protest": lethal force in a demonstration's lead
        // sentence is excessive force against it; fighting in it makes it violent.
        let leadProtest = triggers.contains { $0.sentence == leadSentence && $0.protestRole == .protest }
        // "clashed near Zolote, using mortars", "fired mortars and small arms at the positions", "ambushed the patrol
        // with an IED and fought": heavy weapons and explosives named with fighting or close-range weapons are the
        // fight's weapons (ACLED: a clash, not a shelling or a bombing).
        let leadFight = !leadProtest && triggers.contains { $0.sentence == leadSentence && ($0.isMutual || $0.isCloseRange) }
        // "used a UAV to drop a grenade on the positions": a munition a drone drops is the drone strike's.
        let leadDrone = triggers.contains { $0.sentence == leadSentence && $0.subEventType == .airDroneStrike }
        // "Air defence shot down 17 attack drones": the weapons the lead sentence says were stopped
        // in flight are what was disrupted, not an attack.
        let interception = triggers.first { $0.sentence == leadSentence && $0.isInterception }
        // "Troops recovered two rifles, four grenades and an IED": weapons listed after their seizure were not used but
        // seized, up to a word of another kind ("recovered the bodies of three people killed in a bomb blast").
        let seized: Set<Int> = {
            guard let seizure = triggers.first(where: { $0.sentence == leadSentence && $0.isSeizure }) else { return [] }
            var out: Set<Int> = []
            for t in triggers.sorted(by: { $0.tokens.lowerBound < $1.tokens.lowerBound })
            where t.sentence == leadSentence && t.tokens.lowerBound > seizure.tokens.lowerBound {
                guard t.subEventType.eventType == .explosionsRemoteViolence || t.isCloseRange || t.isStandoff else { break }
                out.insert(t.tokens.lowerBound)
            }
            return out
        }()
        // "A crowd assaulted two officials … Police arrested some of the attackers", "residents looted a truck; police
        // arrested 20 suspects": arrests reported after violence or looting in the lead are its aftermath, not the event.
        let leadViolence = triggers.first {
            $0.sentence == leadSentence && $0.protestRole == nil
                && ([.battles, .violenceAgainstCivilians, .riots].contains($0.subEventType.eventType)
                    || $0.subEventType == .lootingPropertyDestruction)
        }
        for trigger in triggers {
            if let violence = leadViolence, trigger.subEventType == .arrests,
                trigger.sentence != leadSentence || trigger.tokens.lowerBound > violence.tokens.lowerBound
            {
                continue
            }
            if let interception, trigger.sentence == leadSentence, trigger.subEventType.eventType == .explosionsRemoteViolence,
                trigger.tokens.lowerBound > interception.tokens.lowerBound
            {
                continue
            }
            if trigger.sentence == leadSentence, seized.contains(trigger.tokens.lowerBound) {
                credit(trigger, to: .disruptedWeaponsUse)
                continue
            }
            if leadFight, [.shellingArtilleryMissileAttack, .remoteExplosiveLandmineIED].contains(trigger.subEventType),
                trigger.sentence == leadSentence
            {
                credit(trigger, to: .armedClash, settles: false)
                continue
            }
            if leadDrone, trigger.subEventType == .grenade, trigger.sentence == leadSentence {
                credit(trigger, to: .airDroneStrike)
                continue
            }
            if leadProtest, trigger.isLethal, trigger.sentence == leadSentence {
                roles.insert(.excessive)
                protestScore += trigger.weight
                continue
            }
            // "Protesters clashed with police": demonstrators who fight riot.
            if leadProtest, trigger.isMutual, trigger.sentence == leadSentence {
                roles.insert(.violent)
                protestScore += trigger.weight
                continue
            }
            let factor = trigger.sentence == leadSentence ? 1.0 : 0.5
            if let role = trigger.protestRole {
                // Violence and excessive force are read in the lead sentence only; later sentences often recall earlier riots.
                if role == .protest || role == .intervention || trigger.sentence == leadSentence { roles.insert(role) }
                // "Police fined protesters", "detained the participants": acting against a demonstration names one.
                if trigger.isOnProtest { roles.insert(.protest) }
                // "Police attacked the protesters": someone acted against the demonstration.
                if trigger.isOnProtest, trigger.sentence == leadSentence { roles.insert(.intervention) }
                protestScore += trigger.weight * factor
                continue
            }
            credit(trigger, to: trigger.subEventType, factor: factor)
            if let current = best[trigger.subEventType], current.weight >= trigger.weight { continue }
            best[trigger.subEventType] = trigger
        }
        // Demonstrators who burn or destroy property in the lead sentence turn violent.
        let destroyed = triggers.contains { $0.sentence == leadSentence && $0.subEventType == .lootingPropertyDestruction }
        // "angry protesters ransacked the office": destruction by a demonstration is its violence, however strong the word.
        let destroyedByDemonstration = destroyed && leadProtest && !roles.contains(.excessive)
        // "beat and detained retired workers who had gathered to demand higher pensions": arrests named intervene, even
        // when they read as the aftermath of violence.
        let arrestsNamed = triggers.contains { $0.subEventType == .arrests }
        if roles.contains(.protest), protestScore >= (scores.values.max() ?? 0) || destroyedByDemonstration {
            let protestType: SubEventType =
                roles.contains(.excessive) ? .excessiveForceAgainstProtesters
                : roles.contains(.violent) || destroyed ? .violentDemonstration
                : roles.contains(.intervention) || arrestsNamed ? .protestWithIntervention : .peacefulProtest
            if destroyedByDemonstration {
                protestScore += scores.removeValue(forKey: .lootingPropertyDestruction) ?? 0
            }
            scores[protestType, default: 0] += protestScore
            strongest[protestType] = 5
            best[protestType] = triggers.first { $0.protestRole == .protest }
        } else {
            for trigger in triggers where trigger.protestRole != nil && trigger.protestRole != .protest {
                let factor = trigger.sentence == leadSentence ? 1.0 : 0.5
                // "Stone-pelting erupted between two communities": rioting that no demonstration is named for is a mob's
                // ("protesters damaged two cars" names its demonstration in the trigger itself).
                let namesDemonstrators = trigger.tokens.contains { i in
                    tokens.indices.contains(i) && Self.demonstrators.contains { tokens[i].norm.hasPrefix($0) }
                }
                let type = trigger.subEventType == .violentDemonstration && !namesDemonstrators ? .mobViolence : trigger.subEventType
                credit(trigger, to: type, factor: factor, settles: false)
                if best[type] == nil { best[type] = trigger }
            }
        }
        // "defused a landmine": the device named is the one taken out of use.
        if unambiguous.contains(.disruptedWeaponsUse) { unambiguous.remove(.remoteExplosiveLandmineIED) }
        // "attacked the village and burned a shop": property destroyed in an attack is part of it (ACLED codes the attack),
        // unless the note's own label says otherwise ("Property destruction: …").
        if triggers.contains(where: { $0.sentence == leadSentence && [.attack, .armedClash].contains($0.subEventType) }),
            (strongest[.lootingPropertyDestruction] ?? 0) < Self.labelWeight, let looting = scores.removeValue(forKey: .lootingPropertyDestruction)
        {
            scores[.attack, default: 0] += looting
            strongest[.attack] = max(strongest[.attack] ?? 0, strongest[.lootingPropertyDestruction] ?? 0)
            if best[.attack] == nil { best[.attack] = best[.lootingPropertyDestruction] }
        }
        guard let maxScore = scores.values.max(), maxScore > 0 else { return nil }
        var combined: [SubEventType: Double] = [:]
        for (type, score) in scores {
            let bonus = unambiguous.contains(type) ? Self.unambiguousBonus : Self.triggerBonus
            combined[type] = score / maxScore * min(1, (strongest[type] ?? 0) / 4) * bonus
        }
        if let classifier {
            // A demonstration needs a word that names one: without it, arrests or raids are no protest.
            let namesProtest = triggers.contains { $0.protestRole != nil }
            for (label, probability) in classifier.probabilities(for: tokens, lead: lead ?? tokens) {
                guard let type = try? SubEventType(validating: label) else { continue }
                let unnamedProtest = type.eventType == .protests && !namesProtest
                if unnamedProtest && armedLead || causes.contains(type) && scores[type] == nil { continue }
                combined[type, default: 0] += unnamedProtest ? probability * Self.unnamedProtestFactor : probability
            }
        }
        guard let (type, score) = combined.max(by: { $0.value < $1.value || ($0.value == $1.value && $0.key.rawValue > $1.key.rawValue) })
        else { return nil }
        let trigger = best[type] ?? triggers.max { $0.weight < $1.weight }!
        let confidence = classifier == nil
            ? min(0.95, 0.4 + 0.1 * (scores[type] ?? 0))
            : min(0.99, score / (1 + Self.triggerBonus) + 0.1)
        return (type, confidence, trigger)
    }
}
