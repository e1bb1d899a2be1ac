import NIOCore

/// JSON string literals written by hand, for the paths that splice stored JSON instead of encoding
/// values (listings, exports).
enum JSONText {
    /// `text` as a JSON string literal.
    static func quoted(_ text: String) -> String {
        var buffer = ByteBuffer()
        write(text, to: &buffer)
        return String(buffer: buffer)
    }

    /// Writes `text` as a JSON string: quotes, backslashes and control characters escaped.
    static func write(_ text: String, to body: inout ByteBuffer) {
        body.writeStaticString("\"")
        var start = text.utf8.startIndex
        for index in text.utf8.indices {
            let byte = text.utf8[index]
            guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
            body.writeBytes(text.utf8[start..<index])
            switch byte {
            case UInt8(ascii: "\""): body.writeStaticString("\\\"")
            case UInt8(ascii: "\\"): body.writeStaticString("\\\\")
            case 0x0A: body.writeStaticString("\\n")
            case 0x0D: body.writeStaticString("\\r")
            case 0x09: body.writeStaticString("\\t")
            default:
                let hex = String(byte, radix: 16)
                body.writeString("\\u" + String(repeating: "0", count: 4 - hex.count) + hex)
            }
            start = text.utf8.index(after: index)
        }
        body.writeBytes(text.utf8[start...])
        body.writeStaticString("\"")
    }
}
