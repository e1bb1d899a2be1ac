public import VigilModel

/// Which sub-event types two reports of one event may carry.
///
/// Outlets describe one event differently: the wire names the weapon ("shells"), the local paper the
/// victims ("six civilians killed"), a statement the outcome ("rebels repelled"). Pairs listed here
/// are the confusions seen in reporting; anything else is a different event.
public enum SubEventCompatibility {
    /// How well two sub-event types agree: 1 the same, 0.5 a known confusion, nil incompatible.
    public static func agreement(_ a: SubEventType, _ b: SubEventType) -> Double? {
        if a == b { return 1 }
        return pairs.contains(Pair(a, b)) ? 0.5 : nil
    }

    private struct Pair: Hashable {
        let first: SubEventType
        let second: SubEventType
        init(_ a: SubEventType, _ b: SubEventType) {
            (first, second) = a.rawValue < b.rawValue ? (a, b) : (b, a)
        }
    }

    private static let remote: [SubEventType] = [
        .airDroneStrike, .shellingArtilleryMissileAttack, .remoteExplosiveLandmineIED, .suicideBomb, .grenade,
    ]

    private static let pairs: Set<Pair> = {
        var pairs: Set<Pair> = [
            // A missile strike is called an air strike, a suicide car bomb a car bomb.
            Pair(.airDroneStrike, .shellingArtilleryMissileAttack),
            Pair(.remoteExplosiveLandmineIED, .suicideBomb),
            Pair(.remoteExplosiveLandmineIED, .grenade),
            // An attack on a base that the defenders answer is a clash to some, a strike to others.
            Pair(.armedClash, .airDroneStrike),
            Pair(.armedClash, .shellingArtilleryMissileAttack),
            // A raid told by the attackers is a clash, by the victims an attack or a kidnapping.
            Pair(.armedClash, .attack),
            Pair(.attack, .abductionForcedDisappearance),
            Pair(.armedClash, .governmentRegainsTerritory),
            Pair(.armedClash, .nonStateActorOvertakesTerritory),
            // One demonstration, told with or without the police response.
            Pair(.peacefulProtest, .protestWithIntervention),
            Pair(.protestWithIntervention, .excessiveForceAgainstProtesters),
            Pair(.protestWithIntervention, .violentDemonstration),
            Pair(.protestWithIntervention, .arrests),
            Pair(.violentDemonstration, .mobViolence),
        ]
        // Remote violence that kills civilians is reported as an attack on them.
        for type in remote { pairs.insert(Pair(type, .attack)) }
        return pairs
    }()
}
