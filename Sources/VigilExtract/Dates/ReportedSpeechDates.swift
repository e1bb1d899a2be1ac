import VigilModel
import VigilText

/// Dates the events a statement reports by the words inside it, not by the day of the statement.
///
/// "The Islamic Resistance in Iraq said on Tuesday that its fighters had attacked four bases the previous day":
/// Tuesday dates the statement; "the previous day" is the Monday before it. A day told relative to another
/// ("the previous day", "two days earlier") counts from the latest statement day named before it in its sentence
/// (else in the sentence before); a weekday after a statement's day in its sentence is the latest such day on or
/// before the statement. A statement's day is the event's day only when its sentence names no other day after it;
/// so is the day of a dateline ("BAGHDAD, Nov 7 - The group said …"), which dates the report.
struct ReportedSpeechDates: Sendable {
    /// How many tokens may stand between a reporting word and its day ("said on Tuesday": one).
    static let reach = 1

    /// `dates` with statement days marked ``DateMention/Role/report`` and the days told inside them re-resolved.
    func resolve(_ dates: [DateMention], cues: [Cue], dateline: Range<Int>, text: AnalyzedText) -> [DateMention] {
        let reporting = cues.filter { $0.kind == .reporting }.map(\.tokens.upperBound)
        let isStatementDay = { (date: DateMention) in
            date.role == .point && date.precision == .day && date.anchorOffset == nil
                && (reporting.contains { $0 <= date.tokens.lowerBound && date.tokens.lowerBound - $0 <= Self.reach }
                    || dateline.contains(date.tokens.lowerBound))
        }
        var out = dates
        var statement: DateMention?
        var statementSentence = -1
        for (index, sentence) in text.sentences.enumerated() {
            let members = out.indices.filter { sentence.tokens.contains(out[$0].tokens.lowerBound) }
            if statementSentence < index - 1 { statement = nil }
            for k in members {
                if isStatementDay(out[k]) {
                    statement = out[k]
                    statementSentence = index
                } else if let statement, out[k].role == .point, statementSentence == index || out[k].anchorOffset != nil {
                    out[k] = told(out[k], within: statement)
                }
            }
            let others = members.filter { !isStatementDay(out[$0]) && out[$0].role == .point }
            guard !others.isEmpty else { continue }
            for k in members where isStatementDay(out[k]) && others.contains(where: { out[$0].tokens.lowerBound > out[k].tokens.lowerBound }) {
                out[k].role = .report
            }
        }
        return out
    }

    /// A date told inside a statement: a relative day counts from the statement's day, a weekday is on or before it.
    private func told(_ date: DateMention, within statement: DateMention) -> DateMention {
        var date = date
        if let offset = date.anchorOffset {
            date.day = statement.day.adding(days: offset)
        } else if let weekday = date.weekday {
            date.day = statement.day.adding(days: -((statement.day.weekday - weekday + 7) % 7))
        }
        return date
    }
}
