import Foundation
public import VigilClassify
import VigilGeo
public import VigilModel
public import VigilText

/// The extraction pipeline: from an article to the ACLED events it reports, with evidence, and its tallies.
///
/// After a language check and segmentation (VigilText), named stages (``ExtractionStage``) run in
/// order over one ``DocumentAnalysis``: dateline → cues → dates (days told inside statements re-read
/// against the statement's day) → source countries → places (``PlaceRecognizing``) → actors →
/// numbers → weapons → countries → tallies → events (triggers and factuality, event groups,
/// non-events dropped, sub-event type from the triggers and the classifiers, then place, actors,
/// date and figures).
public struct Extractor: Sendable {
    let lexicons: ExtractionLexicons
    /// The stages, in the order they run.
    let stages: [any ExtractionStage]
    /// The stage that reads a source's countries, also asked alone (``SourceCountryStage/sourceCountries(of:)``).
    let sourceCountryStage: SourceCountryStage

    /// An extractor with the given place recognizer, country names and (optional) sub-event classifier; with a
    /// `semantic` model, sub-event types blend both models (``BlendedClassifier``) and non-events are dropped.
    /// - Throws: ``ExtractorError`` when a data file in the module's resources is missing or malformed.
    public init(
        places: any PlaceRecognizing, countries: CountryLexicon = CountryLexicon([]),
        classifier: (any SubEventClassifying)? = nil, semantic: SemanticClassifier? = nil
    ) throws {
        try self.init(
            places: places, countries: countries, classifier: classifier, semantic: semantic,
            lexicons: try ExtractionLexicons.load())
    }

    /// An extractor with word lists already loaded.
    init(
        places: any PlaceRecognizing, countries: CountryLexicon, classifier: (any SubEventClassifying)?,
        semantic: SemanticClassifier?, lexicons: ExtractionLexicons
    ) throws {
        self.lexicons = lexicons
        sourceCountryStage = SourceCountryStage(
            countries: countries, outlets: { try? OutletLexicon.shared.get() }, directory: places.countries)
        stages = [
            DatelineStage(),
            CueStage(recognizer: CueRecognizer(lexicon: lexicons.cues)),
            DateStage(recognizer: DateRecognizer(lexicon: lexicons.dates)),
            sourceCountryStage,
            PlaceStage(places: places),
            ActorStage(recognizer: ActorRecognizer(lexicon: lexicons.actors, cues: lexicons.cues, countries: countries)),
            QuantityStage(
                recognizer: QuantityRecognizer(numbers: lexicons.numbers, counted: lexicons.counted, dates: lexicons.dates)),
            WeaponStage(recognizer: WeaponRecognizer(lexicon: lexicons.weapons)),
            CountryStage(countries: countries),
            TallyStage(recognizer: TallyRecognizer(countries: countries)),
            EventStage(
                lexicons: lexicons, classifier: classifier,
                blended: semantic.map { BlendedClassifier(notes: classifier, semantic: $0) }),
        ]
    }

    /// The names of the stages, in the order they run.
    public var stageNames: [String] { stages.map(\.name) }

    /// Extracts the events and tallies of `document`; `analyzed`, when given, is `document.text`
    /// already analyzed (by ingestion), so it is not analyzed twice.
    public func extract(_ document: Document, analyzed: AnalyzedText? = nil) -> Extraction {
        let text = analyzed.flatMap { $0.text == document.text ? $0 : nil } ?? AnalyzedText(document.text)
        let language = LanguageIdentifier().codingLanguage(of: text)
        guard language == "en" else { return Extraction(skippedReason: "unsupported language: \(language)") }
        let (reference, anchored) = document.published.map { (day: $0, anchored: true) }
            ?? Self.fallbackReference(for: document, text: text, dates: DateRecognizer(lexicon: lexicons.dates))
        var analysis = DocumentAnalysis(document: document, text: text, reference: reference, relativeDatesAnchored: anchored)
        for stage in stages { stage.run(&analysis) }
        return Extraction(events: analysis.events, tallies: analysis.tallies)
    }

    /// The day relative dates resolve against when the document has no publication date: the latest
    /// full date the text names (`anchored`: relative dates are read against it), else the ingestion date,
    /// else today (UTC).
    static func fallbackReference(
        for document: Document, text: AnalyzedText, dates: DateRecognizer
    ) -> (day: CalendarDay, anchored: Bool) {
        let today = Timestamp.today()
        let ingested = CalendarDay(iso: document.ingested)
        if let latest = dates.latestAbsoluteDay(in: text, fallback: ingested ?? today) { return (latest, true) }
        return (ingested ?? today, false)
    }
}
