import VigilModel

/// Finds the dates the text gives, resolved against the document's reference day; a day told inside
/// a statement ("said on Tuesday that … the previous day") is read against the statement's day.
struct DateStage: ExtractionStage {
    let name = "dates"
    let recognizer: DateRecognizer

    func run(_ analysis: inout DocumentAnalysis) {
        let found = recognizer.dates(in: analysis.text, reference: analysis.reference)
        let resolved = ReportedSpeechDates().resolve(found, cues: analysis.cues, dateline: analysis.dateline, text: analysis.text)
        analysis.dates = Self.undatedRelativeDates(resolved, readAgainstTextDate: analysis.relativeDatesAnchored)
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
