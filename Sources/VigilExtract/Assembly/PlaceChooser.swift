import VigilModel
import VigilText

/// Chooses where an event happened among the document's place mentions.
///
/// Candidates are the mentions of the group's sentences that are not part of an actor's name
/// ("Islamic Resistance in Iraq") or the dateline; the most specific wins (facility, town, district,
/// province, country), the earliest among equals. Without one: the nearest mention before the
/// group, the dateline, then the country named most often.
struct PlaceChooser: Sendable {
    /// The place mentions of `group` that may locate an event.
    func candidates(in group: EventGroup, of analysis: DocumentAnalysis) -> [PlaceMention] {
        let sentences = Set(group.sentences)
        return analysis.places.filter {
            sentences.contains(analysis.sentenceOfToken[$0.tokens.lowerBound]) && usable($0, analysis)
        }
    }

    /// The event's place mention, if any.
    func choose(for group: EventGroup, in analysis: DocumentAnalysis) -> PlaceMention? {
        let lead = candidates(in: group, of: analysis).filter { analysis.sentenceOfToken[$0.tokens.lowerBound] == group.lead }
        if let best = mostSpecific(lead) { return best }
        if let best = mostSpecific(candidates(in: group, of: analysis)) { return best }
        let leadStart = analysis.text.sentences[group.lead].tokens.lowerBound
        if let before = analysis.places.last(where: { $0.tokens.upperBound <= leadStart && usable($0, analysis) }) {
            return before
        }
        if let dateline = analysis.places.first(where: { analysis.dateline.contains($0.tokens.lowerBound) }) {
            return dateline
        }
        return mostFrequentCountry(analysis)
    }

    /// The most specific mention, earliest among equals.
    func mostSpecific(_ mentions: [PlaceMention]) -> PlaceMention? {
        mentions.min { ($0.kind, $0.tokens.lowerBound) < ($1.kind, $1.tokens.lowerBound) }
    }

    private func usable(_ mention: PlaceMention, _ analysis: DocumentAnalysis) -> Bool {
        if analysis.dateline.contains(mention.tokens.lowerBound) { return false }
        let tokens = analysis.text.tokens
        let end = mention.tokens.upperBound
        // "Iran's Revolutionary Guard", "pro-Iran": a patron, not a place.
        if end < tokens.count, tokens[end].norm == "'s",
            analysis.actors.contains(where: { $0.tokens.lowerBound == end + 1 || $0.tokens.lowerBound == end + 2 })
        {
            return false
        }
        let start = mention.tokens.lowerBound
        if start >= 2, tokens[start - 1].norm == "-", tokens[start - 2].norm == "pro" { return false }
        return !analysis.actors.contains { $0.tokens.overlaps(mention.tokens) && $0.rank == 3 }
    }

    private func mostFrequentCountry(_ analysis: DocumentAnalysis) -> PlaceMention? {
        var counts: [String: (Int, PlaceMention)] = [:]
        for mention in analysis.places where mention.kind == .country {
            counts[mention.place.iso3, default: (0, mention)].0 += 1
        }
        return counts.values.max { $0.0 < $1.0 }?.1
    }
}
