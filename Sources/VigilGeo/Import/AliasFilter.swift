import VigilText

/// Keeps the alternate names a report could write for a place and drops the noise that GeoNames and Who's On First
/// carry: other scripts, codes ("ORBI", "EBL"), names with digits, one- and two-letter names, and generic words alone
/// ("Air Base", "Airport"), which would otherwise match ordinary text.
struct AliasFilter {
    let lexicon: Lexicon
    /// At most this many aliases per place.
    static let limit = 24

    /// The usable aliases among `alternates`, without `name` itself or repeats.
    func aliases(_ alternates: [String], of name: String) -> [String] {
        var seen: Set<String> = [NameKey(name).text]
        var kept: [String] = []
        for raw in alternates where kept.count < AliasFilter.limit {
            let alias = raw.trimmingSpaces
            guard isUsable(alias) else { continue }
            let key = NameKey(alias).text
            guard !key.isEmpty, seen.insert(key).inserted else { continue }
            kept.append(alias)
        }
        return kept
    }

    /// Whether `alias` is Latin-script, at least three letters, free of digits, not a code in capitals and not made
    /// only of generic words.
    func isUsable(_ alias: String) -> Bool {
        let folded = Folding.fold(alias)
        guard folded.unicodeScalars.allSatisfy({ $0.isASCII }) else { return false }
        let letters = alias.filter(\.isLetter)
        guard letters.count >= 3, !alias.contains(where: \.isNumber) else { return false }
        if letters.count <= 4 && letters.allSatisfy(\.isUppercase) { return false }
        let words = folded.lowercased().split(whereSeparator: { !$0.isLetter && $0 != "'" }).map(String.init)
        return !words.allSatisfy {
            lexicon.notPlace.contains($0) || lexicon.suffixes[$0] != nil || lexicon.importGeneric.contains($0)
        }
    }
}
