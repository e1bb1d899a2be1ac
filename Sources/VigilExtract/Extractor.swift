import Foundation
public import VigilClassify
import VigilGeo
public import VigilModel
public import VigilText

/// The extraction pipeline: from an article to the ACLED events it reports, with evidence, and its tallies.
///
/// Stages, in order: language check → segmentation (VigilText) → dateline → cues → dates (days told inside
/// statements re-read against the statement's day) → places
/// (``PlaceRecognizing``) → actors → numbers → weapons → tallies → triggers and factuality → event
/// groups → non-events dropped (news prose, the semantic model) → sub-event type (triggers and the
/// classifiers: the notes model for coder notes, its blend with the semantic model for news prose) →
/// place, actors, date, figures → events.
public struct Extractor: Sendable {
    let lexicons: ExtractionLexicons
    let places: any PlaceRecognizing
    let countries: CountryLexicon
    let classifier: (any SubEventClassifying)?
    /// The notes model blended with the semantic model (``SemanticClassifier``), which reads news prose and tells
    /// events from non-events.
    let blended: BlendedClassifier?
    /// Outlets whose news is about one country (`Resources/outlets.tsv`), for ``sourceCountries(of:)``.
    let outlets: OutletLexicon
    /// Countries by ISO3 code, from the geocoder's directory (empty without the shipped geocoder: outlets then name none).
    let countriesByCode: [String: CountryName]

    /// An extractor with the given place recognizer, country names and (optional) sub-event classifier; with a
    /// `semantic` model, sub-event types blend both models (``BlendedClassifier``) and non-events are dropped.
    /// - Throws: ``ExtractorError`` when a data file in the module's resources is missing or malformed.
    public init(
        places: any PlaceRecognizing, countries: CountryLexicon = CountryLexicon([]),
        classifier: (any SubEventClassifying)? = nil, semantic: SemanticClassifier? = nil
    ) throws {
        try self.init(
            places: places, countries: countries, classifier: classifier, semantic: semantic,
            lexicons: try ExtractionLexicons.load(), outlets: try OutletLexicon.load())
    }

    /// An extractor with word lists already loaded.
    init(
        places: any PlaceRecognizing, countries: CountryLexicon, classifier: (any SubEventClassifying)?,
        semantic: SemanticClassifier?, lexicons: ExtractionLexicons, outlets: OutletLexicon
    ) throws {
        self.lexicons = lexicons
        self.outlets = outlets
        self.countriesByCode = Dictionary(
            ((places as? Geocoder)?.countries.countries ?? []).map {
                ($0.iso3, CountryName(
                    name: $0.name, iso3: $0.iso3, latitude: $0.capitalLatitude, longitude: $0.capitalLongitude,
                    admin1: $0.capitalAdmin1))
            }, uniquingKeysWith: { first, _ in first })
        self.places = places
        self.countries = countries
        self.classifier = classifier
        self.blended = semantic.map { BlendedClassifier(notes: classifier, semantic: $0) }
    }

    /// Extracts the events and tallies of `document`; `analyzed`, when given, is `document.text`
    /// already analyzed (by ingestion), so it is not analyzed twice.
    public func extract(_ document: Document, analyzed: AnalyzedText? = nil) -> Extraction {
        let text = analyzed.flatMap { $0.text == document.text ? $0 : nil } ?? AnalyzedText(document.text)
        let language = LanguageDetector(stopwords: lexicons.stopwords).language(of: text)
        guard language == "en" else { return Extraction(skippedReason: "unsupported language: \(language)") }

        let dateRecognizer = DateRecognizer(lexicon: lexicons.dates)
        let (reference, anchored) = document.published.map { (day: $0, anchored: true) }
            ?? Self.fallbackReference(for: document, text: text, dates: dateRecognizer)
        let datelineTokens = DatelineDetector().dateline(in: text)
        let allTokens = 0..<text.tokens.count
        var sentenceOfToken = [Int](repeating: 0, count: text.tokens.count)
        for (index, sentence) in text.sentences.enumerated() {
            for k in sentence.tokens { sentenceOfToken[k] = index }
        }
        let dateline = document.dateline ?? (datelineTokens.isEmpty ? nil : text.slice(tokens: datelineTokens))
        let sources = sourceCountries(of: document)
        let placeMentions = places.mentions(in: text, dateline: dateline, sourceCountries: sources.map(\.name))
        let allCues = CueRecognizer(lexicon: lexicons.cues).cues(in: text)
        let cues = allCues.filter { $0.kind != .definite }
        let analysis = DocumentAnalysis(
            document: document, text: text, reference: reference, hasPublication: document.published != nil,
            dateline: datelineTokens,
            dates: Self.undatedRelativeDates(
                ReportedSpeechDates().resolve(dateRecognizer.dates(in: text, reference: reference), cues: cues, dateline: datelineTokens, text: text),
                readAgainstTextDate: anchored),
            cues: cues,
            definiteEnds: Set(allCues.filter { $0.kind == .definite }.map(\.tokens.upperBound)),
            places: placeMentions,
            actors: ActorRecognizer(lexicon: lexicons.actors, cues: lexicons.cues, countries: countries).actors(in: allTokens, of: text),
            quantities: QuantityRecognizer(numbers: lexicons.numbers, counted: lexicons.counted, dates: lexicons.dates)
                .quantities(in: allTokens, of: text),
            weapons: WeaponRecognizer(lexicon: lexicons.weapons).weapons(in: allTokens, of: text),
            countries: countries.matches(in: allTokens, of: text.tokens),
            sourceCountries: sources,
            actorCountries: places.actorCountries(in: text),
            sentenceOfToken: sentenceOfToken)

        let (tallies, tallySentences) = TallyRecognizer(countries: countries).tallies(in: analysis)
        // Coder notes are typed by the notes model alone; news prose by the blend, and its non-events are dropped.
        let prose = CoderNoteStyle().matches(analysis) ? nil : blended
        let typing: (any SubEventClassifying)? = prose ?? classifier
        let assembler = EventAssembler(
            triggers: TriggerRecognizer(lexicon: lexicons.triggers), decider: SubEventDecider(classifier: typing),
            modelDetector: ModelDetector(classifier: typing),
            nonEvents: prose.map { NonEventFilter(semantic: $0.semantic, threshold: SemanticSettings.nonEventThreshold) },
            roleAssigner: ActorRoleAssigner(articles: lexicons.articles),
            splitter: TargetSplitter(
                listJoiners: lexicons.listJoiners, listGaps: lexicons.listGaps, routeWords: lexicons.routeWords, quarterWords: lexicons.quarterWords,
                repetitions: lexicons.repetitions, eachWords: lexicons.eachWords, clauseBreaks: lexicons.clauseBreaks,
                listOpeners: lexicons.listOpeners, possessives: lexicons.possessives))
        return Extraction(events: assembler.events(in: analysis, excluded: tallySentences), tallies: tallies)
    }

    /// The countries of the document's source, once each, in order: a country word ("New Age (Bangladesh)",
    /// "Kenya Standard", "Libya24") or an outlet of one country (`outlets.tsv`: "Dawn", "Premium Times"). Each part
    /// between ";", "," or "|" counts ("Dawn; Kathmandu Post" names two); in a part, country words outside outlet
    /// names win over the outlets ("Daily Times (Nigeria)"), and an international outlet ("France 24") names none.
    func sourceCountries(of document: Document) -> [CountryName] {
        guard !document.source.isEmpty else { return [] }
        let tokens = OutletLexicon.tokens(of: document.source)
        let words = OutletLexicon.words(of: tokens)
        var found: [CountryName] = []
        var start = 0
        while start < words.count {
            var end = start
            while end < words.count, !Self.sourceSeparators.contains(words[end].norm) { end += 1 }
            var inOutlet = [Bool](repeating: false, count: tokens.count)
            var outletCountries: [CountryName] = []
            var i = start
            while i < end {
                guard let match = outlets.match(at: i, in: words, end: end) else {
                    i += 1
                    continue
                }
                for t in words[match.words.lowerBound].token...words[match.words.upperBound - 1].token { inOutlet[t] = true }
                if let code = match.iso3, let country = countriesByCode[code] { outletCountries.append(country) }
                i = match.words.upperBound
            }
            let tokenRange = words[start].token..<(end < words.count ? words[end].token : tokens.count)
            let named = countries.matches(in: tokenRange, of: tokens).filter { !inOutlet[$0.tokens.lowerBound] }.map(\.value)
            found += named.isEmpty ? outletCountries : named
            start = end + 1
        }
        var seen = Set<String>()
        return found.filter { seen.insert($0.iso3).inserted }
    }

    private static let sourceSeparators: Set<String> = [";", ",", "|"]

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

    /// "Gunmen attacked the village on Saturday" in a text with no publication date and no full
    /// date: the Saturday before the day it was ingested is a guess, so a relative date keeps only
    /// its month (time_precision 3) unless a date in the text anchors it.
    static func undatedRelativeDates(_ dates: [DateMention], readAgainstTextDate: Bool) -> [DateMention] {
        guard !readAgainstTextDate else { return dates }
        return dates.map { mention in
            guard !mention.isAbsolute else { return mention }
            var coarse = mention
            coarse.precision = .month
            return coarse
        }
    }
}
