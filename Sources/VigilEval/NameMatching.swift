import Foundation

/// The name comparisons of ACLED scoring, as `score.py acled` makes them.
public enum NameMatching {
    /// Generic administrative words and Arabic articles that admin-name comparison ignores.
    static let adminWords: Set<String> = [
        "governorate", "province", "region", "district", "state", "county", "division", "department",
        "oblast", "prefecture", "of", "the", "de", "du", "des", "al", "el", "ad", "an", "ar", "as", "ash",
        "at", "az", "muhafazat",
    ]

    /// Lower case, diacritics removed (compatibility decomposition), whitespace collapsed.
    public static func fold(_ value: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in value.decomposedStringWithCompatibilityMapping.unicodeScalars
        where scalar.properties.canonicalCombiningClass == .notReordered {
            scalars.append(scalar)
        }
        return String(scalars).lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// The folded words of `value`: runs of letters, digits and underscores.
    public static func words(_ value: String) -> [String] {
        var result: [String] = []
        var current = String.UnicodeScalarView()
        for scalar in fold(value).unicodeScalars {
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil || scalar == "_" {
                current.append(scalar)
            } else if !current.isEmpty {
                result.append(String(current))
                current = String.UnicodeScalarView()
            }
        }
        if !current.isEmpty { result.append(String(current)) }
        return result
    }

    /// A place name reduced to its folded words, without the words in `ignoring`.
    public static func nameKey(_ value: String, ignoring: Set<String> = []) -> String {
        words(value).filter { !ignoring.contains($0) }.joined(separator: " ")
    }

    /// Admin names match after dropping generic words and articles; spelling variants of one
    /// transliteration ("Hasakah" and "Hasakeh") match when their similarity ratio is at least 0.8.
    public static func sameAdmin(_ predicted: String, _ gold: String) -> Bool {
        let p = nameKey(predicted, ignoring: adminWords).replacingOccurrences(of: " ", with: "")
        let g = nameKey(gold, ignoring: adminWords).replacingOccurrences(of: " ", with: "")
        return !p.isEmpty && (p == g || SequenceSimilarity.ratio(p, g) >= 0.8)
    }

    /// Actor names match when their word sets, parenthetical parts removed, overlap by half or more
    /// (Jaccard ≥ 0.5); two empty names match.
    public static func sameActor(gold: String, predicted: String) -> Bool {
        let g = Set(words(withoutParentheses(fold(gold))))
        let p = Set(words(withoutParentheses(fold(predicted))))
        if g == p { return true }
        return Double(g.intersection(p).count) / Double(g.union(p).count) >= 0.5
    }

    private static func withoutParentheses(_ text: String) -> String {
        text.replacingOccurrences(of: #"\([^)]*\)"#, with: " ", options: .regularExpression)
    }
}
