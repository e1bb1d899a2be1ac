/// A parsed CSV file: a header and records of the same width, each with its starting line.
public struct CSVTable: Sendable {
    /// The file's path or a name for in-memory text, used in error messages.
    public let file: String
    /// The header's field names.
    public let header: [String]
    /// The records after the header; each has `header.count` fields.
    public let records: [[String]]
    /// The 1-based line where each record starts, parallel to `records`.
    public let lines: [Int]

    /// Creates a table from already split records.
    public init(file: String, header: [String], records: [[String]], lines: [Int]) {
        self.file = file
        self.header = header
        self.records = records
        self.lines = lines
    }

    /// The index of the column named `name`, or an error naming the file and the column.
    public func column(_ name: String) throws(CSVError) -> Int {
        guard let index = header.firstIndex(of: name) else {
            throw CSVError(file: file, line: 1, problem: .missingColumn(name))
        }
        return index
    }

    /// The index of the column named `name`, if present.
    public func optionalColumn(_ name: String) -> Int? {
        header.firstIndex(of: name)
    }
}
