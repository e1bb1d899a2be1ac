import VigilText

/// Finds event triggers in each sentence.
struct TriggerRecognizer: Sendable {
    let lexicon: PhraseLexicon<ExtractionLexicons.TriggerEntry>

    /// The triggers of sentence `index`.
    func triggers(inSentence index: Int, of text: AnalyzedText) -> [Trigger] {
        let sentence = text.sentences[index]
        return lexicon.matches(in: sentence.tokens, of: text.tokens).map { Trigger(tokens: $0.tokens, sentence: index, reading: $0.value) }
    }
}
