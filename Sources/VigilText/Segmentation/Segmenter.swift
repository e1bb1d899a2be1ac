/// Splits tokens into sentences and paragraphs.
///
/// A line break ends a paragraph. A sentence ends at ".", "!" or "?" (and a closing quote after it)
/// followed by a token that starts with an upper-case letter, a digit or a quote, unless the period
/// ends an abbreviation ("Brig. Gen.", "Oct.", "U.S.") or a single initial ("Pat J. Ryder").
public struct Segmenter: Sendable {
    public init() {}

    /// Returns the sentences and paragraphs of `tokens`; repeats are marked.
    public func segment(scalars: [Unicode.Scalar], tokens: [Token]) -> ([Sentence], [Paragraph]) {
        var sentences: [Sentence] = []
        var paragraphs: [Paragraph] = []
        var seenSentences: Set<UInt64> = []
        var seenParagraphs: Set<UInt64> = []
        var paragraphStartToken = 0
        var sentenceStartToken = 0

        func closeSentence(at endToken: Int) {
            guard endToken > sentenceStartToken else { return }
            let key = Segmenter.key(of: tokens[sentenceStartToken..<endToken])
            let isRepeat = key.length > 0 && !seenSentences.insert(key.hash).inserted && key.length > 20
            sentences.append(
                Sentence(
                    start: tokens[sentenceStartToken].start, end: tokens[endToken - 1].end,
                    tokens: sentenceStartToken..<endToken, paragraph: paragraphs.count, isRepeat: isRepeat))
            sentenceStartToken = endToken
        }

        func closeParagraph(at endToken: Int, firstSentence: Int) {
            closeSentence(at: endToken)
            guard endToken > paragraphStartToken else { return }
            let key = Segmenter.key(of: tokens[paragraphStartToken..<endToken])
            let isRepeat = !seenParagraphs.insert(key.hash).inserted && key.length > 20
            paragraphs.append(
                Paragraph(
                    start: tokens[paragraphStartToken].start, end: tokens[endToken - 1].end,
                    sentences: firstSentence..<sentences.count, isRepeat: isRepeat))
            paragraphStartToken = endToken
        }

        var firstSentenceOfParagraph = 0
        for i in tokens.indices {
            if i > paragraphStartToken, Segmenter.lineBreak(between: tokens[i - 1], and: tokens[i], in: scalars) {
                closeParagraph(at: i, firstSentence: firstSentenceOfParagraph)
                firstSentenceOfParagraph = sentences.count
            }
            if i > sentenceStartToken, endsSentence(before: i, tokens: tokens) {
                closeSentence(at: i)
            }
        }
        closeParagraph(at: tokens.count, firstSentence: firstSentenceOfParagraph)
        return (sentences, paragraphs)
    }

    /// Whether a sentence ends just before token `i`.
    private func endsSentence(before i: Int, tokens: [Token]) -> Bool {
        var j = i - 1
        // Skip closing quotes and brackets after the terminator.
        guard tokens[j].kind == .punctuation else { return false }
        while j > 0, tokens[j].kind == .punctuation, Segmenter.closers.contains(tokens[j].norm) { j -= 1 }
        let terminator = tokens[j]
        guard terminator.kind == .punctuation, Segmenter.terminators.contains(terminator.norm) else { return false }
        let next = tokens[i]
        guard next.spaceBefore || j < i - 1 else { return false }
        let startsSentence =
            next.isCapitalized || next.kind == .number || Segmenter.openers.contains(next.norm)
        guard startsSentence else { return false }
        if terminator.norm == "." && j > 0 {
            let previous = tokens[j - 1]
            guard !previous.spaceBefore || previous.kind != .punctuation else { return true }
            if previous.kind == .word && !terminator.spaceBefore {
                if Abbreviations.all.contains(previous.norm) { return false }
                // "U.S." arrives as "U", ".", "S", "."; a single capital letter is an initial.
                if previous.norm.count == 1 && previous.isCapitalized { return false }
            }
        }
        return true
    }

    /// What makes two sentences or paragraphs the same: their words' norms, punctuation ignored,
    /// as a 64-bit FNV-1a hash of the space-joined norms and that string's length in code points.
    private static func key(of tokens: ArraySlice<Token>) -> (hash: UInt64, length: Int) {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        var length = 0
        for token in tokens where token.kind != .punctuation {
            if length > 0 {
                hash = (hash ^ 0x20) &* 0x0000_0100_0000_01b3
                length += 1
            }
            for byte in token.norm.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
            length += token.norm.unicodeScalars.count
        }
        return (hash, length)
    }

    private static func lineBreak(between a: Token, and b: Token, in scalars: [Unicode.Scalar]) -> Bool {
        var k = a.end
        while k < b.start {
            if scalars[k] == "\n" || scalars[k] == "\r" || scalars[k] == "\u{2029}" { return true }
            k += 1
        }
        return false
    }

    private static let terminators: Set<String> = [".", "!", "?"]
    private static let closers: Set<String> = ["\"", "'", ")", "]"]
    private static let openers: Set<String> = ["\"", "'", "("]
}
