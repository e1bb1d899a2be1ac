import Foundation

/// Times as Vigil stores them: ISO 8601 UTC to the second ("2024-06-05T14:03:09Z"), written without a date
/// formatter, whose time-zone data takes milliseconds to load at start-up.
public enum Timestamp {
    /// The current time.
    public static func now() -> String { string(secondsSince1970: Int(Date().timeIntervalSince1970.rounded(.down))) }

    /// The current day in UTC.
    public static func today() -> CalendarDay { CalendarDay(daysSinceEpoch: Int((Date().timeIntervalSince1970 / 86_400).rounded(.down))) }

    /// The time `seconds` after 1970-01-01T00:00:00Z.
    public static func string(secondsSince1970 seconds: Int) -> String {
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let time = seconds - days * 86_400
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(CalendarDay(daysSinceEpoch: days))T\(two(time / 3600)):\(two(time / 60 % 60)):\(two(time % 60))Z"
    }
}
