/// Why an OPML file could not be read: the file and the problem.
public struct OPMLError: Error, CustomStringConvertible, Sendable, Hashable {
    /// The file: "subscriptions.opml", "stdin".
    public var input: String
    /// What is wrong, for a person: "not well-formed XML at line 4 (tag name mismatch)".
    public var problem: String

    public init(input: String, problem: String) {
        self.input = input
        self.problem = problem
    }

    public var description: String { "\(input): \(problem)" }
}
