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
        let reporting = cues.filter { $0.kind.isReporting }.map(\.tokens)
        let isStatementDay = { (date: DateMention) in
            date.role == .point && date.precision == .day && date.anchorOffset == nil
                && (reporting.contains { $0.upperBound <= date.tokens.lowerBound && date.tokens.lowerBound - $0.upperBound <= Self.reach }
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
        markStatementsFollowedByEarlierDays(&out, isStatementDay: isStatementDay, text: text)
        markDaysOpeningAStatement(&out, reporting: reporting, text: text)
        return out
    }

    /// "On Tuesday, the counter-terrorism service said a drone had crashed inside the base on Sunday evening": a day
    /// before a sentence's reporting word, with an earlier day (at most seven days before it) after that word, dates
    /// the statement.
    private func markDaysOpeningAStatement(_ dates: inout [DateMention], reporting: [Range<Int>], text: AnalyzedText) {
        for sentence in text.sentences {
            for cue in reporting where sentence.tokens.contains(cue.lowerBound) {
                let before = sentence.tokens.lowerBound..<cue.lowerBound, after = cue.upperBound..<sentence.tokens.upperBound
                for k in dates.indices where dates[k].role == .point && dates[k].precision == .day && before.contains(dates[k].tokens.lowerBound) {
                    let day = dates[k].day
                    if dates.contains(where: {
                        after.contains($0.tokens.lowerBound) && $0.role == .point && $0.day < day && $0.day >= day.adding(days: -7)
                    }) {
                        dates[k].role = .report
                    }
                }
            }
        }
    }

    /// "At least six fighters were killed in two days of clashes …, local authorities said on Tuesday. The
    /// fighting broke out on Sunday …": a statement's day followed, in the next sentence, by an earlier day at most
    /// seven days before it dates the statement, not the events it reports. So does one preceded by such a day
    /// anywhere before it: "Drone attacks on Sunday against four bases … The group said on Monday that its fighters
    /// had launched two drones at Ain al-Asad", "attacked police posts late on Monday, …, police said on Tuesday".
    private func markStatementsFollowedByEarlierDays(
        _ dates: inout [DateMention], isStatementDay: (DateMention) -> Bool, text: AnalyzedText
    ) {
        for k in dates.indices where dates[k].role == .point && isStatementDay(dates[k]) {
            guard let sentence = text.sentences.firstIndex(where: { $0.tokens.contains(dates[k].tokens.lowerBound) })
            else { continue }
            let next = sentence + 1 < text.sentences.count ? text.sentences[sentence + 1].tokens : 0..<0
            let before = 0..<dates[k].tokens.lowerBound
            let statementDay = dates[k].day
            if dates.contains(where: {
                (next.contains($0.tokens.lowerBound) || before.contains($0.tokens.lowerBound)) && $0.role == .point
                    && !isStatementDay($0) && $0.day < statementDay && $0.day >= statementDay.adding(days: -7)
            }) {
                dates[k].role = .report
            }
        }
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
