/// A resource file is missing or malformed; names the file and line.
public struct GazetteerError: Error, CustomStringConvertible, Sendable {
    /// The resource file ("places.tsv").
    public let file: String
    /// The 1-based line, 0 when the whole file is at fault.
    public let line: Int
    /// What is wrong.
    public let message: String

    /// Creates an error for `file` at `line`.
    public init(file: String, line: Int, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    /// "places.tsv:12: latitude is not a number".
    public var description: String { line > 0 ? "\(file):\(line): \(message)" : "\(file): \(message)" }
}
