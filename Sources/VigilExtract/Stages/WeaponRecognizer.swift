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
        lexicon.matches(in: range, of: text.tokens).map { WeaponMention(tokens: $0.tokens, weapon: $0.value.weapon, isArmed: $0.value.isArmed) }
    }
}
