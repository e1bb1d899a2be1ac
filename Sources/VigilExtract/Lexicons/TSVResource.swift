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
        let url = try ResourceURL.of(name)
        let content: String
        do { content = try String(contentsOf: url, encoding: .utf8) } catch { throw .missingResource(name) }
        self.init(name: name, content: content)
    }

    /// Parses `content` as the file `name`; fields lose the spaces, tabs and carriage returns around them.
    init(name: String, content: String) {
        self.name = name
        var rows: [Row] = []
        let bytes = Array(content.utf8)
        for (index, line) in bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).enumerated() {
            let trimmed = Self.trimmed(line)
            if trimmed.isEmpty || trimmed.first == UInt8(ascii: "#") { continue }
            rows.append(Row(line: index + 1, fields: line.split(separator: UInt8(ascii: "\t"), omittingEmptySubsequences: false).map {
                String(decoding: Self.trimmed($0), as: UTF8.self)
            }))
        }
        self.rows = rows
    }

    /// `bytes` without the spaces, tabs and carriage returns at either end.
    private static func trimmed(_ bytes: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        let blank: (UInt8) -> Bool = { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
        guard let first = bytes.firstIndex(where: { !blank($0) }), let last = bytes.lastIndex(where: { !blank($0) }) else {
            return bytes[bytes.startIndex..<bytes.startIndex]
        }
        return bytes[first...last]
    }
}
