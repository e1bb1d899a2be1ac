public import VigilText

/// Words for people of another country who happen to be where something happens ("nationals", "citizens",
/// "tourists", "refugees"): the nationality before them is no evidence of the place.
public enum ForeignerWords {
    /// The words themselves.
    public static let words: Set<String> = [
        "national", "nationals", "citizen", "citizens", "tourist", "tourists", "expatriate", "expatriates", "expat", "expats",
        "refugee", "refugees", "migrant", "migrants", "asylum",
    ]

    /// Whether the nationality word ending before `k` describes foreigners: "American national", "an American and a
    /// South Korean national" (a list of nationality words, then such a word), looking no further than `end`.
    public static func follow(_ k: Int, tokens: [Token], end: Int) -> Bool {
        var j = k
        while j < end, j < k + 6 {
            let norm = tokens[j].norm
            if words.contains(norm) { return true }
            guard ["and", ",", "a", "an", "or"].contains(norm) || tokens[j].isCapitalized else { return false }
            j += 1
        }
        return false
    }
}
