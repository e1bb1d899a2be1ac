import VigilModel

/// What a tally counts, and how one event adds to it.
enum TallyUnit: Sendable, Hashable {
    case attacks, killed, injured, events

    init(_ counted: String) {
        switch counted.lowercased() {
        case "attacks", "attack", "strikes": self = .attacks
        case "killed", "dead", "deaths", "fatalities": self = .killed
        case "injured", "wounded", "injuries": self = .injured
        default: self = .events
        }
    }

    /// Attacks are political violence; deaths, injuries and events count every event.
    func applies(to event: Event) -> Bool {
        guard self == .attacks else { return true }
        return [.battles, .explosionsRemoteViolence, .violenceAgainstCivilians].contains(event.eventType)
    }

    /// The event's contribution: its attack count, fatalities, injuries, or 1.
    func figure(of event: Event) -> Int {
        switch self {
        case .attacks: event.attackCount
        case .killed: event.fatalities
        case .injured: event.injuries ?? 0
        case .events: 1
        }
    }
}
