/// A coarse weapon class, so "rockets" and "missile" agree and "drone" and "rockets" do not.
enum WeaponFamily: String, Sendable, CaseIterable {
    case drone, aircraft, projectile, explosive, firearm, blade, crowdControl

    /// The family a weapon description names, or nil when it names none of them.
    init?(describing weapon: String) {
        let folded = Array(weapon.lowercased().utf8)
        guard let family = WeaponFamily.patterns.first(where: { _, words in
            words.contains { WeaponFamily.bytes(folded, contain: $0) }
        })?.family else { return nil }
        self = family
    }

    /// The words of each family as UTF-8 bytes, in declaration order (matching bytes is far cheaper
    /// than matching strings, and linking describes every report's weapon).
    private static let patterns: [(family: WeaponFamily, words: [[UInt8]])] = allCases.map { family in
        (family, words[family, default: []].map { Array($0.utf8) })
    }

    /// Whether `text` holds `word`.
    private static func bytes(_ text: [UInt8], contain word: [UInt8]) -> Bool {
        guard !word.isEmpty, text.count >= word.count else { return word.isEmpty }
        outer: for start in 0...(text.count - word.count) {
            for offset in 0..<word.count where text[start + offset] != word[offset] { continue outer }
            return true
        }
        return false
    }

    /// How well two families agree: 1 the same; 0.6 for aircraft and drones (reports call a drone
    /// strike an air strike); 0.3 for explosives and projectiles or aircraft (shells and aerial
    /// bombs are "bombs" too); 0 otherwise.
    func agreement(with other: WeaponFamily) -> Double {
        if self == other { return 1 }
        switch Set([self, other]) {
        case [.drone, .aircraft]: return 0.6
        case [.explosive, .projectile], [.explosive, .aircraft]: return 0.3
        default: return 0
        }
    }

    /// Words that name each family, checked in declaration order.
    private static let words: [WeaponFamily: [String]] = [
        .drone: ["drone", "uav", "shahed", "quadcopter"],
        .aircraft: ["airstrike", "air strike", "air raid", "jet", "plane", "aircraft", "sukhoi", "helicopter", "aerial", "barrel bomb"],
        .projectile: ["rocket", "missile", "artillery", "shell", "mortar", "howitzer", "katyusha", "grad"],
        .explosive: ["ied", "bomb", "explosive", "mine", "grenade", "car bomb", "suicide"],
        .firearm: ["gun", "rifle", "fire", "bullet", "shot", "shoot", "ak-47"],
        .blade: ["knife", "machete", "blade", "axe"],
        .crowdControl: ["tear gas", "teargas", "pepper", "water cannon", "baton", "rubber"],
    ]
}
