/// ACLED's 25 sub-event types; each belongs to exactly one ``EventType``.
public enum SubEventType: String, Codable, Sendable, CaseIterable, Hashable {
    case governmentRegainsTerritory = "Government regains territory"
    case nonStateActorOvertakesTerritory = "Non-state actor overtakes territory"
    case armedClash = "Armed clash"
    case excessiveForceAgainstProtesters = "Excessive force against protesters"
    case protestWithIntervention = "Protest with intervention"
    case peacefulProtest = "Peaceful protest"
    case violentDemonstration = "Violent demonstration"
    case mobViolence = "Mob violence"
    case chemicalWeapon = "Chemical weapon"
    case airDroneStrike = "Air/drone strike"
    case suicideBomb = "Suicide bomb"
    case shellingArtilleryMissileAttack = "Shelling/artillery/missile attack"
    case remoteExplosiveLandmineIED = "Remote explosive/landmine/IED"
    case grenade = "Grenade"
    case sexualViolence = "Sexual violence"
    case attack = "Attack"
    case abductionForcedDisappearance = "Abduction/forced disappearance"
    case agreement = "Agreement"
    case arrests = "Arrests"
    case changeToGroupActivity = "Change to group/activity"
    case disruptedWeaponsUse = "Disrupted weapons use"
    case headquartersOrBaseEstablished = "Headquarters or base established"
    case lootingPropertyDestruction = "Looting/property destruction"
    case nonViolentTransferOfTerritory = "Non-violent transfer of territory"
    case other = "Other"

    /// The event type this sub-event type belongs to.
    public var eventType: EventType {
        switch self {
        case .governmentRegainsTerritory, .nonStateActorOvertakesTerritory, .armedClash: .battles
        case .excessiveForceAgainstProtesters, .protestWithIntervention, .peacefulProtest: .protests
        case .violentDemonstration, .mobViolence: .riots
        case .chemicalWeapon, .airDroneStrike, .suicideBomb, .shellingArtilleryMissileAttack,
            .remoteExplosiveLandmineIED, .grenade:
            .explosionsRemoteViolence
        case .sexualViolence, .attack, .abductionForcedDisappearance: .violenceAgainstCivilians
        case .agreement, .arrests, .changeToGroupActivity, .disruptedWeaponsUse, .headquartersOrBaseEstablished,
            .lootingPropertyDestruction, .nonViolentTransferOfTerritory, .other:
            .strategicDevelopments
        }
    }

    /// The class code of the CASE 2021 shared task on fine-grained event classification ("AIR_STRIKE",
    /// "PROPERTY_DISTRUCT"), which news-snippet test sets use.
    public var caseCode: String {
        switch self {
        case .governmentRegainsTerritory: "GOV_REGAINS_TERIT"
        case .nonStateActorOvertakesTerritory: "NON_STATE_ACTOR_OVERTAKES_TER"
        case .armedClash: "ARMED_CLASH"
        case .excessiveForceAgainstProtesters: "FORCE_AGAINST_PROTEST"
        case .protestWithIntervention: "PROTEST_WITH_INTER"
        case .peacefulProtest: "PEACE_PROTEST"
        case .violentDemonstration: "VIOL_DEMONSTR"
        case .mobViolence: "MOB_VIOL"
        case .chemicalWeapon: "CHEM_WEAP"
        case .airDroneStrike: "AIR_STRIKE"
        case .suicideBomb: "SUIC_BOMB"
        case .shellingArtilleryMissileAttack: "ART_MISS_ATTACK"
        case .remoteExplosiveLandmineIED: "REM_EXPLOS"
        case .grenade: "GRENADE"
        case .sexualViolence: "SEX_VIOL"
        case .attack: "ATTACK"
        case .abductionForcedDisappearance: "ABDUCT_DISSAP"
        case .agreement: "AGREEMENT"
        case .arrests: "ARREST"
        case .changeToGroupActivity: "CHANGE_TO_GROUP_ACT"
        case .disruptedWeaponsUse: "DISR_WEAP"
        case .headquartersOrBaseEstablished: "HQ_ESTABLISHED"
        case .lootingPropertyDestruction: "PROPERTY_DISTRUCT"
        case .nonViolentTransferOfTerritory: "NON_VIOL_TERRIT_TRANSFER"
        case .other: "OTHER"
        }
    }

    /// Parses ACLED's spelling, ignoring case; throws an error naming the value otherwise.
    public init(validating value: String) throws(TaxonomyError) {
        if let exact = SubEventType(rawValue: value) {
            self = exact
            return
        }
        guard let type = SubEventType.allCases.first(where: { $0.rawValue.caseInsensitiveEquals(value) }) else {
            throw .unknownSubEventType(value)
        }
        self = type
    }

    /// Parses a sub-event type and checks that it belongs to `eventType`.
    public init(validating value: String, of eventType: EventType) throws(TaxonomyError) {
        let type = try SubEventType(validating: value)
        guard type.eventType == eventType else {
            throw .subEventTypeOutsideEventType(subEventType: type.rawValue, eventType: eventType.rawValue)
        }
        self = type
    }
}
