public import VigilModel

/// Publication dates as feeds and pages write them.
public enum DateParsing {
    /// The calendar day of an ISO 8601 date or timestamp ("2023-11-06", "2023-11-06T08:30:00+03:00"),
    /// an RFC 822 date ("Mon, 06 Nov 2023 08:30:00 GMT"), or "6 November 2023" / "November 6, 2023".
    public static func day(from text: String) -> CalendarDay? {
        let trimmed = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        if let iso = CalendarDay(iso: trimmed) { return iso }
        let words = trimmed.split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
        var day: Int?, month: Int?, year: Int?
        // A numeric time zone ("+0100", "-0500") is not a year or a day.
        for word in words where word.first != "+" && word.first != "-" {
            if let number = Int(word) {
                if number > 31 { year = year ?? number } else if day == nil { day = number }
            } else if let m = DateParsing.month(named: word) {
                month = m
            }
        }
        guard let day, let month, let year else { return nil }
        return CalendarDay(year: year < 100 ? 2000 + year : year, month: month, day: day)
    }

    /// Month number of an English month name or abbreviation ("Nov", "November", "Sept.").
    public static func month(named word: some StringProtocol) -> Int? {
        let key = word.lowercased().filter(\.isLetter)
        guard key.count >= 3 else { return nil }
        return fullNames.firstIndex { $0.hasPrefix(key) }.map { $0 + 1 }
    }

    private static let fullNames = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december",
    ]
}
