/// Checks raw bytes and turns them into text: rejects empty, binary and invalid UTF-8 input and
/// inputs over the size limit, strips a byte-order mark, and normalizes line breaks to "\n".
public struct InputDecoder: Sendable {
    /// Largest input accepted, in bytes.
    public var maxBytes: Int

    public init(maxBytes: Int = 16 << 20) {
        self.maxBytes = maxBytes
    }

    /// Decodes `bytes` read from `input`; the error names the input and the problem.
    public func decode(_ bytes: [UInt8], input: String) throws(IngestError) -> String {
        if bytes.isEmpty { throw IngestError(input: input, problem: "empty file") }
        if bytes.count > maxBytes {
            throw IngestError(
                input: input,
                problem: "too large: \(bytes.count) bytes, the limit is \(InputDecoder.describe(maxBytes)) (`vigil ingest --max-megabytes` raises it)")
        }
        if let nul = bytes.prefix(8192).firstIndex(of: 0) {
            throw IngestError(input: input, problem: "binary file (NUL byte at offset \(nul)), not text")
        }
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        guard let text = String(validating: body, as: UTF8.self) else {
            throw IngestError(input: input, problem: "invalid UTF-8 at byte \(InputDecoder.firstInvalidUTF8(body))")
        }
        if text.allSatisfy(\.isWhitespace) { throw IngestError(input: input, problem: "empty file (only whitespace)") }
        return text.contains("\r") ? text.replacingCRLF() : text
    }

    /// "16 MB (16777216 bytes)": a limit as the option sets it and exactly.
    static func describe(_ limit: Int) -> String {
        limit % (1 << 20) == 0 ? "\(limit >> 20) MB (\(limit) bytes)" : "\(limit) bytes"
    }

    /// Offset of the first byte that is not valid UTF-8.
    static func firstInvalidUTF8(_ bytes: ArraySlice<UInt8>) -> Int {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var offset = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): offset += UTF8.width(scalar)
            case .emptyInput: return offset
            case .error: return offset
            }
        }
    }
}

extension String {
    func replacingCRLF() -> String {
        var out = String.UnicodeScalarView()
        var previousCR = false
        for scalar in unicodeScalars {
            if scalar == "\r" {
                out.append("\n")
                previousCR = true
                continue
            }
            if scalar == "\n" && previousCR {
                previousCR = false
                continue
            }
            previousCR = false
            out.append(scalar)
        }
        return String(out)
    }
}
