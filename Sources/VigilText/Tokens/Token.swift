/// A word, number or punctuation mark, with its place in the original text.
///
/// `start` and `end` are `[start, end)` offsets in Unicode code points of the document's original text.
public struct Token: Hashable, Sendable {
    /// What kind of characters the token is made of.
    public enum Kind: UInt8, Sendable {
        /// Letters (and digits mixed with letters, "82mm", "F-16" is three tokens).
        case word
        /// Digits, with inner "," or "." ("1,200", "3.5").
        case number
        /// Punctuation and symbols, one scalar each.
        case punctuation
    }

    public let start: Int
    public let end: Int
    /// The original characters.
    public let text: String
    /// Lower-cased, diacritics folded, quotes and dashes made plain: the form lexicons match.
    public let norm: String
    public let kind: Kind
    /// Whether the first character is an upper-case letter.
    public let isCapitalized: Bool
    /// Whether whitespace precedes the token (false for "Iran" + "'s").
    public let spaceBefore: Bool

    public init(start: Int, end: Int, text: String, norm: String, kind: Kind, isCapitalized: Bool, spaceBefore: Bool) {
        self.start = start
        self.end = end
        self.text = text
        self.norm = norm
        self.kind = kind
        self.isCapitalized = isCapitalized
        self.spaceBefore = spaceBefore
    }

    /// The integer value of a number token ("1,200" → 1200), if it is one.
    public var integerValue: Int? {
        guard kind == .number else { return nil }
        return Int(norm.filter { $0 != "," })
    }
}
