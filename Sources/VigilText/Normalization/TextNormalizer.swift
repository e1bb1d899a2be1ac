/// The normalized form used for exact-duplicate detection: folded, punctuation dropped,
/// whitespace collapsed, and repeated sentences read once. Two copies that differ only in
/// typography, spacing or a repeated body hash alike.
public enum TextNormalizer {
    /// Normalized word sequence of an analyzed text.
    public static func normalized(_ text: AnalyzedText) -> String {
        var out = ""
        out.reserveCapacity(text.scalars.count)
        for sentence in text.sentences where !sentence.isRepeat {
            for token in text.tokens[sentence.tokens] where token.kind != .punctuation {
                if !out.isEmpty { out.append(" ") }
                out.append(token.norm)
            }
        }
        return out
    }

    /// Hex SHA-256 of the normalized text.
    public static func contentHash(_ text: AnalyzedText) -> String {
        SHA256.hex(normalized(text))
    }
}
