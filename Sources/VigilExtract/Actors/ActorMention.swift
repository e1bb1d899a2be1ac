import Foundation
import VigilModel

/// An actor named in the text, with its ACLED reading.
struct ActorMention: Sendable {
    let tokens: Range<Int>
    /// ACLED name template; `{country}` stands for the actor's country.
    let template: String
    let inter: InterCode
    /// 3 named organisation, 2 state forces, 1 generic group, 0 victims or bystanders.
    let rank: Int
    /// The country the words give the actor ("US troops", "Iraq's army"), if any.
    let country: CountryName?
    /// The tokens naming that country, when they are outside `tokens`.
    let countryTokens: Range<Int>?
    /// True when the text presents it as a patron or affiliate ("affiliated with …", "…-backed").
    let isAssociate: Bool
    /// True after a passive "by" ("killed by gunmen"): the actor who acted.
    let isPassiveAgent: Bool
    /// True after "on", "against", "targeting": the actor acted upon.
    let isMarkedTarget: Bool

    /// The ACLED name, with `fallback` as the country when the words give none; without any country,
    /// the name without it ("Police Forces"). An unidentified force the words give a nationality
    /// ("Israeli warplanes") is that state's.
    func name(fallbackCountry fallback: String?) -> String {
        let country = self.country?.name ?? fallback
        guard template.contains("{country}") else {
            if let own = self.country?.name, template.hasPrefix("Unidentified "), template.hasSuffix(" Forces") {
                return template.dropFirst("Unidentified ".count) + " of " + own
            }
            return template
        }
        return Self.filling(template, country: country)
    }

    /// An ACLED name template ("Protesters ({country})", "Police Forces of {country}") with its
    /// country; without one, the name without it ("Protesters", "Police Forces").
    static func filling(_ template: String, country: String?) -> String {
        guard let marker = template.firstRange(of: "{country}") else { return template }
        if let country, !country.isEmpty {
            return String(template[..<marker.lowerBound]) + country + template[marker.upperBound...]
        }
        var before = template[..<marker.lowerBound], after = template[marker.upperBound...]
        if before.hasSuffix(" ("), after.hasPrefix(")") {
            before = before.dropLast(2)
            after = after.dropFirst()
        } else if before.hasSuffix(" of ") {
            before = before.dropLast(4)
        } else {
            return template
        }
        return String(before) + after
    }

    /// True for actors whose presence makes a report one of violence: armed actors and rioters.
    var isViolent: Bool { isArmed || inter == .rioters }

    /// True for armed actors: state forces, rebels, militias and external forces.
    var isArmed: Bool { [.stateForces, .rebelGroups, .politicalMilitias, .identityMilitias, .externalOtherForces].contains(inter) }
}
