/// Reads a `.txt` article: the first non-empty line is the title, the rest the text.
struct PlainTextReader {
    func read(_ text: String, origin: String) throws(IngestError) -> RawDocument {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let titleIndex = lines.firstIndex(where: { !$0.allSatisfy(\.isWhitespace) }) else {
            throw IngestError(input: origin, problem: "empty file")
        }
        var body = lines[(titleIndex + 1)...].drop { $0.allSatisfy(\.isWhitespace) }.joined(separator: "\n")
        while body.last?.isWhitespace == true { body.removeLast() }
        let title = lines[titleIndex].split(whereSeparator: \.isWhitespace).joined(separator: " ")
        // A one-line file is all text, no title.
        if body.allSatisfy(\.isWhitespace) { return RawDocument(text: text, origin: origin) }
        return RawDocument(title: title, text: body, origin: origin)
    }
}
