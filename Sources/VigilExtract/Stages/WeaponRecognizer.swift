import VigilText

/// A weapon or mode of attack named in the text ("drones", "82mm mortars", "a knife").
struct WeaponMention: Sendable {
    let tokens: Range<Int>
    let weapon: String
    /// True for weapons of war and blades; false for stones, sticks, fire and tear gas.
    let isArmed: Bool
}

/// Finds weapons and modes of attack.
struct WeaponRecognizer: Sendable {
    let lexicon: PhraseLexicon<ExtractionLexicons.WeaponEntry>

    /// The weapons named in `range` of the text's tokens.
    func weapons(in range: Range<Int>, of text: AnalyzedText) -> [WeaponMention] {
        lexicon.matches(in: range, of: text.tokens).compactMap { match in
            if match.value.weapon == "arson", match.tokens.count == 1,
                match.tokens.lowerBound == 0 || !Self.arsonWords.contains(text.tokens[match.tokens.lowerBound - 1].norm)
            {
                return nil
            }
            return WeaponMention(tokens: match.tokens, weapon: match.value.weapon, isArmed: match.value.isArmed)
        }
    }

    /// Words before "fire" that make it arson ("set fire to", "set the car on fire", "caught fire"); after other words
    /// it is gunfire ("opened fire", "exchanged fire", "as a result of NAF fire").
    private static let arsonWords: Set<String> = [
        "set", "sets", "setting", "on", "caught", "catch", "catches", "catching", "lit", "light", "lighting",
    ]
}
