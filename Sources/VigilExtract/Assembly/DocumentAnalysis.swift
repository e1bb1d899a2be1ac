import VigilGeo
import VigilModel
import VigilText

/// One document and everything the extraction stages (``ExtractionStage``) found in it, filled in
/// stage by stage and shared by the assembly steps.
struct DocumentAnalysis: Sendable {
    let document: Document
    let text: AnalyzedText
    /// The day relative dates resolve against: the publication date, else the best date the text gives.
    let reference: CalendarDay
    /// True when the document has a publication date.
    var hasPublication: Bool { document.published != nil }
    /// True when relative dates are read against a date (the publication's or one the text gives);
    /// else they keep only their month.
    let relativeDatesAnchored: Bool
    /// Sentence index of each token.
    let sentenceOfToken: [Int]
    /// Tokens of the dateline that opens the text (may be empty).
    var dateline: Range<Int> = 0..<0
    var dates: [DateMention] = []
    /// The cues, the ``CueKind/definite`` ones aside (they are in ``definiteEnds``).
    var cues: [Cue] = []
    /// Where a definite word ("the", "this") ends: kept apart from ``cues``, as there are so many.
    var definiteEnds: Set<Int> = []
    var places: [PlaceMention] = []
    var actors: [ActorMention] = []
    var quantities: [Quantity] = []
    var weapons: [WeaponMention] = []
    /// Countries the text names or implies by nationality ("Ukrainian forces"), in text order.
    var countries: [PhraseLexicon<CountryName>.Match] = []
    /// Countries the document's source names ("Daily Nation (Kenya)"), the last clue to where it happens.
    var sourceCountries: [CountryName] = []
    /// Words naming an armed force, party or group that acts in one country or a few ("Taliban", "JNIM"), with
    /// those countries (the shipped geocoder's lexicon; none with another place recognizer).
    var actorCountries: [(token: Int, countries: [Country])] = []
    /// The reported aggregates, and the sentences they were read from (which tell no event).
    var tallies: [Tally] = []
    var tallySentences: Set<Int> = []
    /// The events, in text order.
    var events: [Event] = []

    /// The analysis of `document`, whose text is `text`, before any stage ran.
    init(document: Document, text: AnalyzedText, reference: CalendarDay, relativeDatesAnchored: Bool) {
        self.document = document
        self.text = text
        self.reference = reference
        self.relativeDatesAnchored = relativeDatesAnchored
        var sentenceOfToken = [Int](repeating: 0, count: text.tokens.count)
        for (index, sentence) in text.sentences.enumerated() {
            for k in sentence.tokens { sentenceOfToken[k] = index }
        }
        self.sentenceOfToken = sentenceOfToken
    }

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
