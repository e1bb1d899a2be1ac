import VigilModel

/// A date expression found in a text, resolved to a calendar day.
struct DateMention: Sendable, Hashable {
    /// How the expression relates to the events around it.
    enum Role: Sendable, Hashable {
        /// The day something happened ("on 28 April", "on Monday", "between 1 and 3 May").
        case point
        /// The start of a period ("since October 17").
        case since
        /// The day of a statement that reports an event dated otherwise ("said on Tuesday that … the previous day").
        case report
    }

    let tokens: Range<Int>
    var day: CalendarDay
    var precision: TimePrecision
    var role: Role
    /// True when the expression names the day itself (not resolved from a weekday or "yesterday").
    let isAbsolute: Bool
    /// True when the expression names the month ("on 30 January", with or without the year).
    var namesMonth = false
    /// Days from the day it is told relative to ("the previous day": -1); its `day` is first resolved against
    /// the publication, then against the statement that tells it (``ReportedSpeechDates``).
    var anchorOffset: Int?
    /// The ISO weekday (Monday 1) a weekday names ("on Sunday"), re-resolved inside a statement.
    var weekday: Int?
}
