import Foundation

/// How often a feed is polled, written as users write it: `90s`, `15m`, `2h`, `1d`, or seconds.
public struct PollInterval: Sendable, Hashable, CustomStringConvertible {
    public var seconds: Int

    /// The shortest interval: polling a feed more often than once a minute is impolite.
    public static let shortest = 60
    /// The longest: a week.
    public static let longest = 7 * 86_400

    public init(seconds: Int) {
        self.seconds = seconds
    }

    /// Parses `15m`, `2h`, `1d`, `90s` or a number of seconds.
    /// - Throws: a message naming the text and the accepted forms, or the bounds it breaks.
    public init(parsing text: String) throws(PollIntervalError) {
        let trimmed = text.trimmingCharacters(in: .whitespaces).lowercased()
        let units: [Character: Int] = ["s": 1, "m": 60, "h": 3600, "d": 86_400]
        var digits = Substring(trimmed), unit = 1
        if let last = trimmed.last, let factor = units[last] {
            digits = trimmed.dropLast()
            unit = factor
        }
        guard !digits.isEmpty, digits.allSatisfy(\.isASCII), let value = Int(digits), value > 0,
            value <= Self.longest / unit
        else {
            throw PollIntervalError(message: "\"\(text)\" is not an interval; write it as 90s, 15m, 2h or 1d")
        }
        let seconds = value * unit
        guard seconds >= Self.shortest else {
            throw PollIntervalError(message: "\"\(text)\" is shorter than a minute; feeds are polled at most once a minute")
        }
        self.seconds = seconds
    }

    /// The shortest way to write it: `15m`, `2h`, `1d`, `90s`.
    public var description: String {
        for (unit, size) in [("d", 86_400), ("h", 3600), ("m", 60)] where seconds % size == 0 {
            return "\(seconds / size)\(unit)"
        }
        return "\(seconds)s"
    }
}
