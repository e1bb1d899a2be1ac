/// Splits text into ``Token``s with code-point offsets.
///
/// Words are runs of letters, digits and inner apostrophes are split off as their own token
/// ("Iran’s" → "Iran", "’s"); hyphens are their own tokens ("al-Asad" → "al", "-", "Asad");
/// numbers keep inner separators ("1,200", "3.5").
public struct Tokenizer: Sendable {
    public init() {}

    /// Tokenizes `scalars`, the document's text as code points.
    public func tokenize(_ scalars: [Unicode.Scalar]) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(scalars.count / 5)
        var i = 0
        let n = scalars.count
        var spaceBefore = true
        while i < n {
            let s = scalars[i]
            if Tokenizer.isSpace(s) {
                spaceBefore = true
                i += 1
                continue
            }
            let start = i
            var kind: Token.Kind
            if Tokenizer.isDigit(s) {
                kind = .number
                i += 1
                while i < n {
                    let c = scalars[i]
                    if Tokenizer.isDigit(c) {
                        i += 1
                    } else if (c == "," || c == ".") && i + 1 < n && Tokenizer.isDigit(scalars[i + 1]) {
                        i += 2
                    } else if Tokenizer.isLetter(c) {
                        // "82mm", "3rd", "1990s": a word made of digits and letters.
                        kind = .word
                        i += 1
                    } else {
                        break
                    }
                }
            } else if Tokenizer.isLetter(s) {
                kind = .word
                i += 1
                while i < n, Tokenizer.isLetter(scalars[i]) || Tokenizer.isDigit(scalars[i]) || Tokenizer.isMark(scalars[i]) {
                    i += 1
                }
            } else if s == "'" || s == "\u{2019}", i + 1 < n, Tokenizer.isLetter(scalars[i + 1]), !spaceBefore {
                // Clitic: "'s", "’s", "'t".
                kind = .word
                i += 1
                while i < n, Tokenizer.isLetter(scalars[i]) { i += 1 }
            } else {
                kind = .punctuation
                i += 1
            }
            var text = String.UnicodeScalarView()
            var norm = String.UnicodeScalarView()
            for k in start..<i {
                text.append(scalars[k])
                Folding.appendFolded(scalars[k], to: &norm)
            }
            tokens.append(
                Token(
                    start: start, end: i, text: String(text), norm: String(norm), kind: kind,
                    isCapitalized: Tokenizer.isUppercase(s), spaceBefore: spaceBefore))
            spaceBefore = false
        }
        return tokens
    }

    @inline(__always) static func isSpace(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v == 0x20 || (v >= 0x09 && v <= 0x0D) }
        return s.properties.isWhitespace
    }

    @inline(__always) static func isUppercase(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v >= 0x41 && v <= 0x5A }
        return s.properties.isUppercase
    }

    @inline(__always) static func isDigit(_ s: Unicode.Scalar) -> Bool {
        s.value >= 0x30 && s.value <= 0x39
    }

    @inline(__always) static func isLetter(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A) }
        return s.properties.isAlphabetic
    }

    @inline(__always) static func isMark(_ s: Unicode.Scalar) -> Bool {
        s.value >= 0x300 && s.properties.generalCategory == .nonspacingMark
    }
}
