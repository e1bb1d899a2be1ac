import VigilModel

/// What the lead sentence's triggers say about how to read the others: a demonstration, a fight, a
/// drone, an interception, a seizure, or violence that later arrests follow.
struct LeadReading {
    /// "Police shot dead two marchers during the protest": lethal force in a demonstration's lead
    /// sentence is excessive force against it; fighting in it makes it violent.
    let protest: Bool
    /// "clashed near Zolote, using mortars", "fired mortars and small arms at the positions", "ambushed the patrol
    /// with an IED and fought": heavy weapons and explosives named with fighting or close-range weapons are the
    /// fight's weapons (ACLED: a clash, not a shelling or a bombing).
    let fight: Bool
    /// "used a UAV to drop a grenade on the positions": a munition a drone drops is the drone strike's.
    let drone: Bool
    /// "Air defence shot down 17 attack drones": the weapons the lead sentence says were stopped
    /// in flight are what was disrupted, not an attack.
    let interception: Trigger?
    /// "Troops recovered two rifles, four grenades and an IED": weapons listed after their seizure were not used but
    /// seized, up to a word of another kind ("recovered the bodies of three people killed in a bomb blast").
    let seized: Set<Int>
    /// "A crowd assaulted two officials … Police arrested some of the attackers", "residents looted a truck; police
    /// arrested 20 suspects": arrests reported after violence or looting in the lead are its aftermath, not the event.
    let violence: Trigger?

    init(triggers: [Trigger], leadSentence: Int) {
        let inLead = triggers.filter { $0.sentence == leadSentence }
        protest = inLead.contains { $0.protestRole == .protest }
        fight = !protest && inLead.contains { $0.isMutual || $0.isCloseRange }
        drone = inLead.contains { $0.subEventType == .airDroneStrike }
        interception = inLead.first { $0.isInterception }
        seized = Self.seized(inLead)
        violence = inLead.first {
            $0.protestRole == nil
                && ([.battles, .violenceAgainstCivilians, .riots].contains($0.subEventType.eventType) || $0.subEventType == .lootingPropertyDestruction)
        }
    }

    /// The token starts of the weapons listed after the lead sentence's seizure.
    private static func seized(_ inLead: [Trigger]) -> Set<Int> {
        guard let seizure = inLead.first(where: { $0.isSeizure }) else { return [] }
        var out: Set<Int> = []
        for t in inLead.sorted(by: { $0.tokens.lowerBound < $1.tokens.lowerBound }) where t.tokens.lowerBound > seizure.tokens.lowerBound {
            guard t.subEventType.eventType == .explosionsRemoteViolence || t.isCloseRange || t.isStandoff else { break }
            out.insert(t.tokens.lowerBound)
        }
        return out
    }
}
