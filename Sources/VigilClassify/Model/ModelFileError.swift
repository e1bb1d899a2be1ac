/// A model file that cannot be read: the file and what is wrong with it.
public struct ModelFileError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file's path.
    public let file: String
    /// What is wrong ("truncated", "not a Vigil classifier model", ...).
    public let problem: String

    /// Creates an error for `file`.
    public init(file: String, problem: String) {
        self.file = file
        self.problem = problem
    }

    /// A message naming the file and the problem.
    public var description: String { "\(file): \(problem)" }
}
