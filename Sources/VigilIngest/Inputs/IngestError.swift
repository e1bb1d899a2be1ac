/// Why an input (or a part of it) could not be read. Every message names the input and the problem.
public struct IngestError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file, line or item: "docs.jsonl:14", "page.html", "stdin".
    public var input: String
    /// What is wrong, for a person: "invalid UTF-8 at byte 1021".
    public var problem: String

    public init(input: String, problem: String) {
        self.input = input
        self.problem = problem
    }

    public var description: String { "\(input): \(problem)" }
}
