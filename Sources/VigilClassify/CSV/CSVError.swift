/// A problem in a CSV file, with the file and the 1-based line where it was found.
public struct CSVError: Error, Equatable, Sendable, CustomStringConvertible {
    /// What went wrong.
    public enum Problem: Equatable, Sendable {
        /// A quoted field is still open at the end of the file.
        case unterminatedQuote
        /// A quote appears inside an unquoted field, or text follows a closing quote.
        case strayQuote
        /// A record has a different number of fields than the header.
        case fieldCount(expected: Int, found: Int)
        /// A column that the reader needs is absent from the header.
        case missingColumn(String)
        /// The file could not be read or is not UTF-8.
        case unreadable(String)
        /// The file has no header line.
        case empty
    }

    /// The file's path or a name for in-memory text.
    public let file: String
    /// The 1-based line where the record or field starts (0 when the whole file is concerned).
    public let line: Int
    /// What went wrong.
    public let problem: Problem

    /// Creates an error for `file` at `line`.
    public init(file: String, line: Int, problem: Problem) {
        self.file = file
        self.line = line
        self.problem = problem
    }

    /// A message naming the file, the line and the problem.
    public var description: String {
        let place = line > 0 ? "\(file):\(line)" : file
        switch problem {
        case .unterminatedQuote: return "\(place): quoted field is never closed"
        case .strayQuote: return "\(place): unexpected quote character in a field"
        case .fieldCount(let expected, let found): return "\(place): expected \(expected) fields, found \(found)"
        case .missingColumn(let name): return "\(place): missing column \"\(name)\""
        case .unreadable(let reason): return "\(place): cannot read file (\(reason))"
        case .empty: return "\(place): file is empty, expected a header line"
        }
    }
}
