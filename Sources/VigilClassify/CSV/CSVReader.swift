public import Foundation

/// An RFC 4180 CSV reader: comma separators, quoted fields with `""` escapes, commas and line
/// breaks inside quotes, CRLF or LF line ends, and an optional UTF-8 byte-order mark.
public enum CSVReader {
    /// Reads and parses the file at `url`; errors name the file and line.
    public static func read(contentsOf url: URL) throws(CSVError) -> CSVTable {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw CSVError(file: url.path, line: 0, problem: .unreadable(error.localizedDescription))
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw CSVError(file: url.path, line: 0, problem: .unreadable("not UTF-8"))
        }
        return try parse(text, file: url.path)
    }

    /// Parses CSV `text`; `file` names the source in errors.
    public static func parse(_ text: String, file: String) throws(CSVError) -> CSVTable {
        var bytes = Array(text.utf8)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        var records: [[String]] = []
        var lines: [Int] = []
        var fields: [String] = []
        var field: [UInt8] = []
        var line = 1
        var recordLine = 1
        var i = 0
        let n = bytes.count
        let quote = UInt8(ascii: "\""), comma = UInt8(ascii: ","), cr = UInt8(ascii: "\r"), lf = UInt8(ascii: "\n")

        func endField() {
            fields.append(String(decoding: field, as: UTF8.self))
            field.removeAll(keepingCapacity: true)
        }
        func endRecord() {
            endField()
            records.append(fields)
            lines.append(recordLine)
            fields = []
        }

        while i < n {
            if field.isEmpty && bytes[i] == quote {
                // Quoted field: runs to the next lone quote.
                let openLine = line
                i += 1
                while true {
                    guard i < n else { throw CSVError(file: file, line: openLine, problem: .unterminatedQuote) }
                    let b = bytes[i]
                    if b == quote {
                        if i + 1 < n && bytes[i + 1] == quote {
                            field.append(quote)
                            i += 2
                            continue
                        }
                        i += 1
                        break
                    }
                    if b == lf { line += 1 }
                    field.append(b)
                    i += 1
                }
                guard i >= n || bytes[i] == comma || bytes[i] == lf || bytes[i] == cr else {
                    throw CSVError(file: file, line: line, problem: .strayQuote)
                }
                if i >= n { break }
                continue
            }
            let b = bytes[i]
            if b == comma {
                endField()
                i += 1
            } else if b == lf || b == cr {
                i += (b == cr && i + 1 < n && bytes[i + 1] == lf) ? 2 : 1
                endRecord()
                line += 1
                recordLine = line
            } else if b == quote {
                throw CSVError(file: file, line: line, problem: .strayQuote)
            } else {
                field.append(b)
                i += 1
            }
        }
        if !field.isEmpty || !fields.isEmpty || (n > 0 && bytes[n - 1] == quote) { endRecord() }

        guard let header = records.first else { throw CSVError(file: file, line: 0, problem: .empty) }
        var body: [[String]] = []
        var bodyLines: [Int] = []
        body.reserveCapacity(records.count - 1)
        for (record, start) in zip(records.dropFirst(), lines.dropFirst()) {
            if record == [""] { continue }  // Blank line.
            guard record.count == header.count else {
                throw CSVError(file: file, line: start, problem: .fieldCount(expected: header.count, found: record.count))
            }
            body.append(record)
            bodyLines.append(start)
        }
        return CSVTable(file: file, header: header, records: body, lines: bodyLines)
    }
}
