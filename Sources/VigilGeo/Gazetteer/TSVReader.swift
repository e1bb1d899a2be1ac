import Foundation

/// Reads the gazetteer's tab-separated resource files byte by byte, without building a string per line.
struct TSVReader {
    /// One row: the byte ranges of its fields in the file.
    struct Row {
        let bytes: UnsafeBufferPointer<UInt8>
        var starts: [Int]
        var ends: [Int]
        /// The file's 1-based line number, for error messages.
        let line: Int

        var count: Int { starts.count }

        /// The bytes of field `i` (empty when the row is shorter).
        func field(_ i: Int) -> UnsafeBufferPointer<UInt8> {
            guard i < starts.count else { return UnsafeBufferPointer(start: bytes.baseAddress, count: 0) }
            return UnsafeBufferPointer(rebasing: bytes[starts[i]..<ends[i]])
        }

        /// Field `i` as a string.
        func string(_ i: Int) -> String {
            String(decoding: field(i), as: UTF8.self)
        }

        /// Field `i` as a decimal number ("-12.345"), or nil when empty or malformed.
        func double(_ i: Int) -> Double? {
            let f = field(i)
            guard !f.isEmpty else { return nil }
            var k = 0
            var negative = false
            if f[0] == UInt8(ascii: "-") {
                negative = true
                k = 1
            }
            var whole = 0.0
            var fraction = 0.0
            var scale = 1.0
            var seenDot = false
            var digits = 0
            while k < f.count {
                let c = f[k]
                if c == UInt8(ascii: ".") {
                    if seenDot { return nil }
                    seenDot = true
                } else if c >= 48 && c <= 57 {
                    digits += 1
                    if seenDot {
                        scale /= 10
                        fraction += Double(c - 48) * scale
                    } else {
                        whole = whole * 10 + Double(c - 48)
                    }
                } else {
                    return nil
                }
                k += 1
            }
            guard digits > 0 else { return nil }
            let value = whole + fraction
            return negative ? -value : value
        }

        /// Field `i` as a non-negative integer, 0 when empty.
        func int(_ i: Int) -> Int {
            var value = 0
            for c in field(i) where c >= 48 && c <= 57 { value = value * 10 + Int(c - 48) }
            return value
        }

        /// Calls `body` with each `|`-separated part of field `i`.
        func forEachPart(_ i: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
            let f = field(i)
            var start = 0
            for k in 0...f.count where k == f.count || f[k] == UInt8(ascii: "|") {
                if k > start { body(UnsafeBufferPointer(rebasing: f[start..<k])) }
                start = k + 1
            }
        }

        /// The `|`-separated parts of field `i` as strings.
        func parts(_ i: Int) -> [String] {
            var out: [String] = []
            forEachPart(i) { out.append(String(decoding: $0, as: UTF8.self)) }
            return out
        }
    }

    /// Calls `body` for every non-empty, non-comment line of `data` (one pass over the bytes).
    static func forEachRow(in data: Data, _ body: (Row) throws -> Void) rethrows {
        try data.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            guard let base = bytes.baseAddress else { return }
            let n = bytes.count
            var row = Row(bytes: bytes, starts: [], ends: [], line: 0)
            row.starts.reserveCapacity(12)
            row.ends.reserveCapacity(12)
            var lineNumber = 0
            var k = 0
            while k < n {
                lineNumber += 1
                let isComment = base[k] == UInt8(ascii: "#")
                row.starts.removeAll(keepingCapacity: true)
                row.ends.removeAll(keepingCapacity: true)
                var fieldStart = k
                while k < n {
                    let c = base[k]
                    if c == 10 { break }
                    if c == 9 {
                        row.starts.append(fieldStart)
                        row.ends.append(k)
                        fieldStart = k + 1
                    }
                    k += 1
                }
                let lineEnd = k > fieldStart && base[k - 1] == 13 ? k - 1 : k
                row.starts.append(fieldStart)
                row.ends.append(lineEnd)
                if !isComment && lineEnd > row.starts[0] {
                    row = Row(bytes: bytes, starts: row.starts, ends: row.ends, line: lineNumber)
                    try body(row)
                }
                k += 1
            }
        }
    }

    /// The number of rows ``forEachRow(in:_:)`` would give: lines neither empty nor comments.
    static func rowCount(in data: Data) -> Int {
        data.withUnsafeBytes { raw in
            var count = 0
            var lineStart = true
            for byte in raw {
                if lineStart && byte != 10 && byte != 13 && byte != UInt8(ascii: "#") { count += 1 }
                lineStart = byte == 10
            }
            return count
        }
    }
}
