import VigilModel

/// Marks evidence in an article: each span becomes «words»[field], coloured on a terminal.
struct EvidenceMarker {
    var color: Bool

    /// The text with every evidence span marked; overlapping spans keep the first.
    func mark(_ text: String, evidence: [Evidence]) -> String {
        let scalars = Array(text.unicodeScalars)
        var out = ""
        var cursor = 0
        for span in evidence.sorted(by: { ($0.start, $0.end) < ($1.start, $1.end) })
        where span.start >= cursor && span.end <= scalars.count && span.start < span.end {
            out.unicodeScalars.append(contentsOf: scalars[cursor..<span.start])
            let words = String(String.UnicodeScalarView(scalars[span.start..<span.end]))
            if color {
                out += "\u{1B}[1;33m" + words + "\u{1B}[0;36m[\(span.field)]\u{1B}[0m"
            } else {
                out += "«" + words + "»[\(span.field)]"
            }
            cursor = span.end
        }
        out.unicodeScalars.append(contentsOf: scalars[min(cursor, scalars.count)...])
        return out
    }
}
