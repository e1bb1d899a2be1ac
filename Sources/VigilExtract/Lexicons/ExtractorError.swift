/// Why the extractor could not be set up; the message names the file and line to fix.
public enum ExtractorError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A data file is missing from the module's resources.
    case missingResource(String)
    /// A data file has a malformed line.
    case badLine(file: String, line: Int, reason: String)

    /// A message for the person who edits the data file.
    public var description: String {
        switch self {
        case .missingResource(let name): "missing resource \(name) in VigilExtract"
        case .badLine(let file, let line, let reason): "\(file):\(line): \(reason)"
        }
    }
}
