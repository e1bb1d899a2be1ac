public import Foundation

/// Reads hand-written examples: one `label<TAB>text` per line; blank lines and lines starting
/// with `#` are skipped.
public enum ExtraExamplesReader {
    /// A malformed line, with its file and 1-based line number.
    public struct LineError: Error, Equatable, Sendable, CustomStringConvertible {
        /// The file's path.
        public let file: String
        /// The 1-based line number (0 when the file cannot be read).
        public let line: Int
        /// What is wrong with the line.
        public let reason: String

        /// A message naming the file, the line and the problem.
        public var description: String { line > 0 ? "\(file):\(line): \(reason)" : "\(file): \(reason)" }
    }

    /// Reads the file at `url`, giving each example `weight`.
    public static func read(contentsOf url: URL, weight: Double = 1) throws(LineError) -> [LabeledText] {
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw LineError(file: url.path, line: 0, reason: "cannot read file (\(error.localizedDescription))")
        }
        return try parse(text, file: url.path, weight: weight)
    }

    /// Parses TSV `text`; `file` names the source in errors.
    public static func parse(_ text: String, file: String, weight: Double = 1) throws(LineError) -> [LabeledText] {
        var examples: [LabeledText] = []
        for (offset, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.trimmingCharacters(in: .whitespacesAndNewlines)
            if line.isEmpty || line.hasPrefix("#") { continue }
            let parts = line.split(separator: "\t", maxSplits: 1)
            guard parts.count == 2 else {
                throw LineError(file: file, line: offset + 1, reason: "expected label<TAB>text")
            }
            let label = parts[0].trimmingCharacters(in: .whitespaces)
            let body = parts[1].trimmingCharacters(in: .whitespaces)
            guard !label.isEmpty, !body.isEmpty else {
                throw LineError(file: file, line: offset + 1, reason: "empty label or text")
            }
            examples.append(LabeledText(text: body, label: label, weight: weight))
        }
        return examples
    }
}
