import Foundation
import VigilText

/// Every country with ACLED's name, ISO codes, nationality words and capital; lookups by any of them.
public struct CountryDirectory: Sendable {
    /// All countries, in ISO 3166-1 alpha-2 order.
    public let countries: [Country]
    private let byName: [String: Int]
    private let byAdjective: [String: Int]
    private let byCode: [String: Int]

    /// Builds the directory from country records.
    public init(_ countries: [Country]) {
        self.countries = countries
        var byName: [String: Int] = [:], byAdjective: [String: Int] = [:], byCode: [String: Int] = [:]
        for (i, c) in countries.enumerated() {
            for name in [c.name] + c.aliases { byName[NameKey(name).text] = byName[NameKey(name).text] ?? i }
            for adjective in c.adjectives + [c.possessiveWithoutApostrophe].compactMap({ $0 }) {
                byAdjective[Folding.fold(adjective)] = byAdjective[Folding.fold(adjective)] ?? i
            }
            byCode[c.iso2.uppercased()] = i
            byCode[c.iso3.uppercased()] = i
        }
        self.byName = byName
        self.byAdjective = byAdjective
        self.byCode = byCode
    }

    /// The directory shipped in the module's resources (countries.tsv).
    public static func loadDefault() throws -> CountryDirectory {
        try Gazetteer.loadDefault().countries
    }

    /// The country called `name` ("Iraq", "DR Congo", "Côte d'Ivoire", "the Netherlands").
    public func country(named name: String) -> Country? {
        var key = NameKey(name).text
        if key.hasPrefix("the ") { key.removeFirst(4) }
        return byName[key].map { countries[$0] }
    }

    /// The country whose nationality adjective or demonym is `word` ("Iraqi", "Congolese", "South Korean").
    public func country(adjective word: String) -> Country? {
        byAdjective[Folding.fold(word)].map { countries[$0] }
    }

    /// The country with ISO 3166-1 alpha-2 or alpha-3 code `code` ("IQ", "IRQ").
    public func country(code: String) -> Country? {
        byCode[code.uppercased()].map { countries[$0] }
    }

    /// The index of the country with ISO code `code` in ``countries``.
    public func index(code: String) -> Int? { byCode[code.uppercased()] }

    /// The index of the country named `name` in ``countries``.
    public func index(named name: String) -> Int? {
        var key = NameKey(name).text
        if key.hasPrefix("the ") { key.removeFirst(4) }
        return byName[key]
    }

    /// The index of the country whose adjective or demonym is `word`.
    public func index(adjective word: String) -> Int? { byAdjective[Folding.fold(word)] }

    /// Reads countries.tsv: iso2, iso3, name, aliases, adjectives, capital, latitude, longitude.
    static func read(_ data: Data) -> [Country] {
        var out: [Country] = []
        TSVReader.forEachRow(in: data) { row in
            out.append(
                Country(
                    name: row.string(2), iso2: row.string(0), iso3: row.string(1), aliases: row.parts(3),
                    adjectives: row.parts(4), capital: row.string(5), capitalLatitude: row.double(6) ?? 0,
                    capitalLongitude: row.double(7) ?? 0))
        }
        return out
    }
}
