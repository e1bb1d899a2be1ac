public import Foundation
public import VigilModel

/// One labelled news snippet: its text and either an ACLED sub-event type or a non-event class.
public struct SnippetGold: Sendable, Equatable {
    public var id: String
    public var text: String
    /// The sub-event type, or nil for a non-event ("NONE:court", "DIPLOMACY", "MAN_MADE_DISASTER", …).
    public var subEventType: SubEventType?

    /// Creates a snippet from its values.
    public init(id: String, text: String, subEventType: SubEventType?) {
        self.id = id
        self.text = text
        self.subEventType = subEventType
    }

    /// The sub-event type a label names: ACLED's spelling or a CASE 2021 code; any other label is a non-event.
    public static func subEventType(ofLabel label: String) -> SubEventType? {
        (try? SubEventType(validating: label)) ?? SubEventType.allCases.first { $0.caseCode == label }
    }

    /// Reads a TSV file with a header naming `id`, `text` and `label` (or CASE's `SubType`); other columns are ignored.
    /// - Throws: ``SnippetFileError`` naming the file, and the line where a row is malformed.
    public static func read(contentsOf url: URL) throws(SnippetFileError) -> [SnippetGold] {
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw SnippetFileError(file: url.path, line: nil, problem: "cannot read file (\(error.localizedDescription))")
        }
        guard let content = String(data: data, encoding: .utf8) else {
            throw SnippetFileError(file: url.path, line: nil, problem: "not UTF-8 text")
        }
        var lines = content.split(separator: "\n", omittingEmptySubsequences: false).map { $0.hasSuffix("\r") ? $0.dropLast() : $0 }
        if lines.last?.isEmpty == true { lines.removeLast() }
        guard let header = lines.first?.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) else {
            throw SnippetFileError(file: url.path, line: nil, problem: "empty file")
        }
        guard let idColumn = header.firstIndex(of: "id"), let textColumn = header.firstIndex(of: "text"),
            let labelColumn = header.firstIndex(of: "label") ?? header.firstIndex(of: "SubType")
        else {
            throw SnippetFileError(file: url.path, line: 1, problem: "the header must name id, text and label (or SubType) columns")
        }
        var snippets: [SnippetGold] = []
        for (offset, line) in lines.enumerated().dropFirst() where !line.isEmpty {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == header.count else {
                throw SnippetFileError(file: url.path, line: offset + 1, problem: "\(fields.count) fields, the header has \(header.count)")
            }
            for (column, name) in [(idColumn, "id"), (labelColumn, header[labelColumn])] where fields[column].isEmpty {
                throw SnippetFileError(file: url.path, line: offset + 1, problem: "empty \(name)")
            }
            snippets.append(SnippetGold(
                id: fields[idColumn], text: fields[textColumn], subEventType: subEventType(ofLabel: fields[labelColumn])))
        }
        return snippets
    }
}

/// A snippet file that cannot be read: the file, the line when one is at fault, and the problem.
public struct SnippetFileError: Error, Equatable, Sendable, CustomStringConvertible {
    public let file: String
    public let line: Int?
    public let problem: String

    /// Creates an error for `file`, at `line` when one row is at fault.
    public init(file: String, line: Int?, problem: String) {
        self.file = file
        self.line = line
        self.problem = problem
    }

    public var description: String { line.map { "\(file):\($0): \(problem)" } ?? "\(file): \(problem)" }
}
