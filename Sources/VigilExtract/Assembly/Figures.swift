import VigilModel
import VigilText
/// The figures one event group reports: fatalities, injuries and the number of attacks.
///
/// Within a sentence the killed are summed ("killing 1 soldier and 1 civilian"), across sentences
/// the largest figure is kept (later sentences restate); "including 2 children" is part of an earlier
/// figure, and a party's claim never raises a toll already given. "No casualties reported" states 0. ACLED codes unknown fatalities as 0. A note's own coded
/// total ("Fatalities coded as 0 (5 reported)") overrides every count.
struct Figures: Sendable {
    var fatalities = 0
    var fatalityTokens: Range<Int>?
    var injuries: Int?
    var injuryTokens: Range<Int>?
    /// The largest number of attacks stated.
    var attacks: Quantity?

    init(group: EventGroup, analysis: DocumentAnalysis) {
        var codedTotal: Quantity?
        for index in group.sentences {
            let quantities = analysis.inSentence(analysis.quantities, index, tokens: \.tokens)
                .filter { (!$0.isPartOfEarlier || $0.category == .attacks) && group.owns($0.tokens.lowerBound, in: analysis) }
            // "A roadside bomb killed three police officers … Al-Shabaab … claimed that seven officers died": a
            // party's claim does not raise a toll the report already gave.
            let claims = analysis.cues(inSentence: index).filter { $0.kind == .claim }
            let killed = quantities.filter { quantity in
                quantity.category == .killed
                    && !(fatalityTokens != nil && claims.contains { $0.tokens.upperBound <= quantity.tokens.lowerBound })
            }
            let sum = killed.reduce(0) { $0 + $1.value }
            if sum > fatalities, let first = killed.first {
                fatalities = sum
                fatalityTokens = first.span.lowerBound..<killed.map(\.span.upperBound).max()!
            }
            if fatalityTokens == nil, let zero = quantities.first(where: { $0.category == .zeroKilled }) {
                fatalityTokens = zero.span
            }
            let injured = quantities.filter { $0.category == .injured }
            let injuredSum = injured.reduce(0) { $0 + $1.value }
            if let first = injured.first, injuredSum > (injuries ?? -1) {
                injuries = injuredSum
                injuryTokens = first.span.lowerBound..<injured.map(\.span.upperBound).max()!
            }
            if let coded = quantities.first(where: { $0.category == .codedKilled }) {
                codedTotal = codedTotal ?? coded
            }
            for q in quantities where q.category == .attacks && !q.isPartOfEarlier && q.value > (attacks?.value ?? 0) {
                attacks = q
            }
        }
        if let codedTotal {
            fatalities = codedTotal.value
            fatalityTokens = codedTotal.span
        }
    }
}
