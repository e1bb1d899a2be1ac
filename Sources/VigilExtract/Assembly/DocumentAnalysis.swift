import VigilGeo
import VigilModel
import VigilText

/// Everything the stages found in one document, shared by the assembly steps.
struct DocumentAnalysis: Sendable {
    let document: Document
    let text: AnalyzedText
    /// The day relative dates resolve against: the publication date, else the best date the text gives.
    let reference: CalendarDay
    /// True when the document has a publication date.
    let hasPublication: Bool
    /// Tokens of the dateline that opens the text (may be empty).
    let dateline: Range<Int>
    let dates: [DateMention]
    /// The cues, the ``CueKind/definite`` ones aside (they are in ``definiteEnds``).
    let cues: [Cue]
    /// Where a definite word ("the", "this") ends: kept apart from ``cues``, as there are so many.
    let definiteEnds: Set<Int>
    let places: [PlaceMention]
    let actors: [ActorMention]
    let quantities: [Quantity]
    let weapons: [WeaponMention]
    /// Countries the text names or implies by nationality ("Ukrainian forces"), in text order.
    let countries: [PhraseLexicon<CountryName>.Match]
    /// Countries the document's source names ("Daily Nation (Kenya)"), the last clue to where it happens.
    let sourceCountries: [CountryName]
    /// Words naming an armed force, party or group that acts in one country or a few ("Taliban", "JNIM"), with
    /// those countries (the shipped geocoder's lexicon; none with another place recognizer).
    let actorCountries: [(token: Int, countries: [Country])]
    /// Sentence index of each token.
    let sentenceOfToken: [Int]

    /// Items whose tokens lie inside sentence `index`.
    func inSentence<T>(_ items: [T], _ index: Int, tokens: KeyPath<T, Range<Int>>) -> [T] {
        let range = text.sentences[index].tokens
        return items.filter { range.contains($0[keyPath: tokens].lowerBound) }
    }

    /// The cues in sentence `index`.
    func cues(inSentence index: Int) -> [Cue] { inSentence(cues, index, tokens: \.tokens) }

    /// The original text of a token range.
    func slice(_ tokens: Range<Int>) -> String { text.slice(tokens: tokens) }

    /// Evidence for `field` covering `tokens`.
    func evidence(_ field: String, _ tokens: Range<Int>) -> Evidence {
        let start = text.tokens[tokens.lowerBound].start, end = text.tokens[tokens.upperBound - 1].end
        return Evidence(field: field, start: start, end: end, text: text.slice(start, end))
    }
}
