import VigilModel
import VigilText

/// Who a tally counts attacks on ("US troops"), as words to look for in an event's target side.
struct TallyTarget: Sendable {
    /// Folded names that identify the target; empty when the tally names no target.
    let keys: [String]

    init(_ target: String) {
        let folded = " " + Folding.fold(target).replacingPunctuation + " "
        var keys: [String] = []
        for (alias, name) in TallyTarget.aliases where folded.contains(" \(alias) ") {
            keys.append(name)
        }
        if keys.isEmpty {
            keys = folded.split(separator: " ").map(String.init)
                .filter { $0.count >= 4 && !TallyTarget.generic.contains($0) }
        }
        self.keys = Array(Set(keys)).sorted()
    }

    /// Whether `event`'s target side (actor2, its associate, the target) names the tally's target.
    func matches(_ event: Event) -> Bool {
        guard !keys.isEmpty else { return true }
        let side = Folding.fold([event.actor2, event.assocActor2, event.target ?? ""].joined(separator: " "))
        return keys.contains { side.contains($0) }
    }

    /// Short forms and demonyms that reports use for a country's forces, with the name ACLED uses.
    private static let aliases: [(String, String)] = [
        ("us", "united states"), ("u s", "united states"), ("american", "united states"),
        ("americans", "united states"), ("united states", "united states"), ("america", "united states"),
        ("coalition", "coalition"), ("israeli", "israel"), ("russian", "russia"), ("ukrainian", "ukraine"),
        ("uk", "united kingdom"), ("british", "united kingdom"), ("french", "france"),
    ]

    /// Words that describe any target and identify none.
    private static let generic: Set<String> = [
        "troops", "forces", "personnel", "soldiers", "bases", "base", "military", "service", "members", "targets",
        "positions", "people", "civilians",
    ]
}

extension String {
    /// Letters, digits and spaces only; other characters become spaces ("U.S." → "u s ").
    fileprivate var replacingPunctuation: String {
        String(map { $0.isLetter || $0.isNumber ? $0 : " " })
    }
}
