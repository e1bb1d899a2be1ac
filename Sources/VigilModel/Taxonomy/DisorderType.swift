/// ACLED's disorder type, derived from the event type.
public enum DisorderType: String, Codable, Sendable, CaseIterable, Hashable {
    case politicalViolence = "Political violence"
    case demonstrations = "Demonstrations"
    case politicalViolenceAndDemonstrations = "Political violence; Demonstrations"
    case strategicDevelopments = "Strategic developments"
}
