public import VigilModel

/// Cuts the sentences that hold evidence spans out of a document's text.
public enum EvidenceSentences {
    /// The sentences of `text` that contain a span of `evidence`, in text order, joined by spaces.
    ///
    /// A sentence runs from after the previous `.`, `!`, `?` or line break to the next one; spans are
    /// code-point offsets, as ``Evidence`` defines them.
    public static func sentences(of evidence: [Evidence], in text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        var ranges: [Range<Int>] = []
        for span in evidence where span.start >= 0 && span.start < scalars.count {
            var start = span.start
            while start > 0, !isBoundary(scalars[start - 1]) { start -= 1 }
            var end = min(max(span.end, span.start), scalars.count)
            while end < scalars.count, !isBoundary(scalars[end]) { end += 1 }
            ranges.append(start..<min(end + 1, scalars.count))
        }
        var merged: [Range<Int>] = []
        for range in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            if let last = merged.last, range.lowerBound <= last.upperBound {
                merged[merged.count - 1] = last.lowerBound..<max(last.upperBound, range.upperBound)
            } else {
                merged.append(range)
            }
        }
        return merged.map { range in
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[range])
            return String(view).trimmingSpaces
        }.joined(separator: " ")
    }

    private static func isBoundary(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "." || scalar == "!" || scalar == "?" || scalar == "\n"
    }
}

extension String {
    /// The string without leading and trailing spaces and line breaks.
    var trimmingSpaces: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[first...last])
    }
}
