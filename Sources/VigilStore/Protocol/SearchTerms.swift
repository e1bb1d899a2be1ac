import Foundation

/// The words of a full-text search, bounded so that no query can make the database work for
/// minutes: at most ``maximumWords`` words, and a word shorter than ``shortestPrefix`` letters
/// matches only itself, not every word it begins ("a" would match most of a long article, and
/// highlighting those matches in three 7 MB documents took the server past ten minutes).
public struct SearchTerms: Hashable, Sendable {
    /// A word, and whether it also matches the longer words it begins.
    public struct Word: Hashable, Sendable {
        public var text: String
        public var isPrefix: Bool
    }

    /// Words beyond this many are ignored.
    public static let maximumWords = 16
    /// Words of at least this many characters match as prefixes.
    public static let shortestPrefix = 3
    /// Documents longer than this many characters are shown by their opening, not by a snippet
    /// around the matches.
    public static let longestSnippetSource = 262_144

    public var words: [Word]

    /// The search words of `text` (letters and digits, case and accents folded); nil when it has none.
    public init?(_ text: String) {
        let words = text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            .split(whereSeparator: { !$0.isLetter && !$0.isNumber }).prefix(Self.maximumWords)
        guard !words.isEmpty else { return nil }
        self.words = words.map { Word(text: String($0), isPrefix: $0.count >= Self.shortestPrefix) }
    }

    /// The words as an FTS5 query: each quoted, prefixes starred, all required.
    var fts5: String {
        words.map { "\"" + $0.text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" + ($0.isPrefix ? "*" : "") }
            .joined(separator: " AND ")
    }

    /// The words as a PostgreSQL `tsquery` (`simple` configuration): prefixes as `word:*`, all required.
    var tsquery: String {
        words.map { "'" + $0.text.replacingOccurrences(of: "'", with: "''") + "'" + ($0.isPrefix ? ":*" : "") }
            .joined(separator: " & ")
    }
}
