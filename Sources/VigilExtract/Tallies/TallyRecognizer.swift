import VigilModel
import VigilText

/// Finds reported aggregates: "a total of 38 attacks were conducted on US troops since October 17,
/// 20 in Iraq and 18 in Syria", and folds a following "a total of 45 US personnel were injured" into it.
///
/// A tally sentence has a "total" cue or a period start ("since October 17") with a counted number of
/// attacks, killed, injured or arrested. Its reporter is the text before the reporting verb; its
/// breakdown the numbers followed by "in" and a country.
struct TallyRecognizer: Sendable {
    let countries: CountryLexicon

    /// The tallies of the document and the sentences they were read from.
    func tallies(in analysis: DocumentAnalysis) -> ([Tally], Set<Int>) {
        var tallies: [Tally] = []
        var sentences: Set<Int> = []
        var lastAttackTally: (index: Int, sentence: Int)?
        let tokens = analysis.text.tokens
        for index in analysis.text.sentences.indices where !analysis.text.sentences[index].isRepeat {
            let cues = analysis.cues(inSentence: index)
            let since = analysis.inSentence(analysis.dates, index, tokens: \.tokens).first { $0.role == .since }
            let totalCue = cues.first { $0.kind == .background && $0.tokens.contains { tokens[$0].norm == "total" } }
            guard totalCue != nil || since != nil else { continue }
            let quantities = analysis.inSentence(analysis.quantities, index, tokens: \.tokens)
            let floor = totalCue?.tokens.upperBound ?? 0
            guard let main = quantities.first(where: {
                $0.category != nil && $0.category != .zeroKilled && $0.tokens.lowerBound >= floor
            }), main.value >= 2 || totalCue != nil
            else { continue }
            let counted = main.category!.rawValue
            var evidence = [analysis.evidence("count", main.span)]
            if let since { evidence.append(analysis.evidence("since", since.tokens)) }

            // "a total of 45 … were injured" right after an attacks tally: its casualties.
            if main.category == .injured || main.category == .killed, let last = lastAttackTally, index - last.sentence <= 2 {
                if main.category == .injured { tallies[last.index].injured = main.value } else { tallies[last.index].killed = main.value }
                tallies[last.index].evidence.append(analysis.evidence(counted, main.span))
                sentences.insert(index)
                continue
            }
            let range = analysis.text.sentences[index].tokens
            let reporter = cues.first { $0.kind.isReporting && $0.tokens.lowerBound > range.lowerBound }
                .map { analysis.slice(range.lowerBound..<$0.tokens.lowerBound) } ?? ""
            let target = analysis.actors.first {
                range.contains($0.tokens.lowerBound) && $0.isMarkedTarget && $0.tokens.lowerBound > main.tokens.lowerBound
            }
            var breakdown: [Tally.Part] = []
            for part in quantities where part.tokens.lowerBound > main.tokens.upperBound {
                let k = part.tokens.upperBound
                guard k + 1 < range.upperBound, tokens[k].norm == "in",
                    let country = countries.match(at: k + 1, in: tokens, limit: range.upperBound)
                else { continue }
                breakdown.append(Tally.Part(country: country.value.name, iso3: country.value.iso3, count: part.value))
                evidence.append(analysis.evidence("breakdown", part.tokens.lowerBound..<country.tokens.upperBound))
            }
            var tally = Tally(
                docID: analysis.document.id, tallyID: "\(analysis.document.id)-t\(tallies.count + 1)", reporter: reporter,
                counted: counted, target: target.map { t in analysis.slice(t.countryTokens.map { $0.lowerBound..<t.tokens.upperBound } ?? t.tokens) } ?? "",
                count: main.value, since: since?.day, breakdown: breakdown, evidence: evidence)
            if main.category == .killed { tally.killed = main.value }
            if main.category == .injured { tally.injured = main.value }
            if main.category == .attacks { lastAttackTally = (tallies.count, index) }
            tallies.append(tally)
            sentences.insert(index)
        }
        return (tallies, sentences)
    }
}
