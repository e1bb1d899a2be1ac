/// The word pieces of a sentence encoder's vocabulary ("bomb", "##ard", "##ed"), matched greedily,
/// longest first, as BERT's WordPiece tokenizer does.
public struct WordPieceVocabulary: Sendable {
    /// The row of each piece; continuation pieces are spelled with a leading "##".
    let rows: [String: Int32]

    /// A vocabulary whose piece `k` has row `k`.
    public init(pieces: [String]) {
        var rows: [String: Int32] = [:]
        rows.reserveCapacity(pieces.count)
        for (k, piece) in pieces.enumerated() where rows[piece] == nil { rows[piece] = Int32(k) }
        self.rows = rows
    }

    /// Appends the rows of the pieces of `norm`, a folded token: runs of letters and digits are split into
    /// pieces, any other character (but white space) is a piece of its own; a run with a part no piece covers adds nothing.
    public func appendRows(of norm: String, to out: inout [Int32]) {
        var run = String.UnicodeScalarView()
        for scalar in norm.unicodeScalars {
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                run.append(scalar)
                continue
            }
            appendRows(ofWord: run, to: &out)
            run.removeAll(keepingCapacity: true)
            if !scalar.properties.isWhitespace { appendRows(ofWord: String.UnicodeScalarView([scalar]), to: &out) }
        }
        appendRows(ofWord: run, to: &out)
    }

    /// The greedy longest-first pieces of one word ("shelled" → "shell", "##ed").
    private func appendRows(ofWord word: String.UnicodeScalarView, to out: inout [Int32]) {
        guard !word.isEmpty else { return }
        if let row = rows[String(word)] {
            out.append(row)
            return
        }
        let scalars = Array(word)
        var found: [Int32] = []
        var start = 0
        while start < scalars.count {
            var end = scalars.count
            var match: Int32?
            while end > start {
                var piece = String.UnicodeScalarView(start == 0 ? [] : ["#", "#"])
                piece.append(contentsOf: scalars[start..<end])
                if let row = rows[String(piece)] {
                    match = row
                    break
                }
                end -= 1
            }
            guard let match else { return }
            found.append(match)
            start = end
        }
        out.append(contentsOf: found)
    }
}
