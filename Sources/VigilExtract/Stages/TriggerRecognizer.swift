import VigilText

/// Finds event triggers in each sentence.
struct TriggerRecognizer: Sendable {
    let lexicon: PhraseLexicon<ExtractionLexicons.TriggerEntry>

    /// The triggers of sentence `index`.
    func triggers(inSentence index: Int, of text: AnalyzedText) -> [Trigger] {
        let sentence = text.sentences[index]
        return lexicon.matches(in: sentence.tokens, of: text.tokens).map {
            Trigger(
                tokens: $0.tokens, subEventType: $0.value.subEventType, weight: $0.value.weight,
                needsArmedActor: $0.value.needsArmedActor, isMutual: $0.value.isMutual, protestRole: $0.value.protestRole, sentence: index,
                isLethal: $0.value.isLethal, isInterception: $0.value.isInterception, isCloseRange: $0.value.isCloseRange,
                isSeizure: $0.value.isSeizure, isStandoff: $0.value.isStandoff, isOnProtest: $0.value.isOnProtest)
        }
    }
}
