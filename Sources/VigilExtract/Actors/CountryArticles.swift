/// Countries whose ACLED actor names take "the" ("Military Forces of the United States"), from `country-articles.tsv`.
struct CountryArticles: Sendable {
    let countries: Set<String>

    /// `name` with "the" before a country that takes it: "Police Forces of Philippines" → "Police Forces of the Philippines".
    func apply(to name: String) -> String {
        let utf8 = Array(name.utf8), marker = Array(" of ".utf8)
        var i = 0
        while i + marker.count <= utf8.count {
            guard utf8[i..<(i + marker.count)].elementsEqual(marker) else {
                i += 1
                continue
            }
            let restStart = i + marker.count
            let rest = String(decoding: utf8[restStart...], as: UTF8.self)
            if countries.contains(where: { rest == $0 || rest.hasPrefix($0 + " ") }) {
                return String(decoding: utf8[..<restStart], as: UTF8.self) + "the " + rest
            }
            i = restStart
        }
        return name
    }
}
