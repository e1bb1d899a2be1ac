import Foundation
/// Countries whose ACLED actor names take "the" ("Military Forces of the United States"), from `country-articles.tsv`.
struct CountryArticles: Sendable {
    let countries: Set<String>

    /// `name` with "the" before a country that takes it: "Police Forces of Philippines" → "Police Forces of the Philippines".
    func apply(to name: String) -> String {
        for country in countries where name.hasSuffix(" of " + country) || name.contains(" of " + country + " ") {
            return name.replacingOccurrences(of: " of " + country, with: " of the " + country)
        }
        return name
    }
}
