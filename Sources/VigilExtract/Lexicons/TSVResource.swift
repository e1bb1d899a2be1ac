import Foundation

/// A tab-separated data file shipped in the module's resources: one record a line, `#` comments.
struct TSVResource: Sendable {
    /// One data line: its 1-based line number and its tab-separated fields.
    struct Row: Sendable {
        let line: Int
        let fields: [String]

        /// The field at `index`, or "" when the line is shorter.
        subscript(_ index: Int) -> String { index < fields.count ? fields[index] : "" }
    }

    let name: String
    let rows: [Row]

    /// Loads `Resources/<name>` from the module bundle.
    init(named name: String) throws(ExtractorError) {
        guard let url = Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Resources")
            ?? Bundle.module.url(forResource: name, withExtension: nil)
        else { throw .missingResource(name) }
        let content: String
        do { content = try String(contentsOf: url, encoding: .utf8) } catch { throw .missingResource(name) }
        self.init(name: name, content: content)
    }

    /// Parses `content` as the file `name`.
    init(name: String, content: String) {
        self.name = name
        var rows: [Row] = []
        for (index, line) in content.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            rows.append(Row(line: index + 1, fields: line.split(separator: "\t", omittingEmptySubsequences: false).map {
                $0.trimmingCharacters(in: .whitespaces)
            }))
        }
        self.rows = rows
    }
}
