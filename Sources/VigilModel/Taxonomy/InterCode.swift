/// ACLED's actor type code (`inter1`, `inter2`): 1–8, with 0 for "no actor".
public enum InterCode: Int, Codable, Sendable, CaseIterable, Hashable {
    case none = 0
    case stateForces = 1
    case rebelGroups = 2
    case politicalMilitias = 3
    case identityMilitias = 4
    case rioters = 5
    case protesters = 6
    case civilians = 7
    case externalOtherForces = 8

    /// ACLED's name for the actor type.
    public var label: String {
        switch self {
        case .none: "No actor"
        case .stateForces: "State forces"
        case .rebelGroups: "Rebel groups"
        case .politicalMilitias: "Political militias"
        case .identityMilitias: "Identity militias"
        case .rioters: "Rioters"
        case .protesters: "Protesters"
        case .civilians: "Civilians"
        case .externalOtherForces: "External/Other forces"
        }
    }

    /// Parses a code 0–8; throws an error naming the value otherwise.
    public init(validating value: Int) throws(TaxonomyError) {
        guard let code = InterCode(rawValue: value) else { throw .unknownInterCode(value) }
        self = code
    }
}
