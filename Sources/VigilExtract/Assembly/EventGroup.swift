import VigilModel
import VigilText
/// The sentences one event is read from: the sentence that reports it and the details that follow.
struct EventGroup: Sendable {
    /// The sentence with the event's trigger.
    let lead: Int
    /// Every sentence of the group, `lead` first, in text order.
    let sentences: [Int]
    /// The factual triggers of the group's sentences.
    let triggers: [Trigger]
    /// The explicit date of the lead sentence, if any.
    let date: DateMention?
    /// Token ranges of the group's sentences that report another event ("a day after shelling killed six in Sake").
    var outside: [Range<Int>] = []

    /// True when `token` lies in the group's sentences and not in text about another event.
    func owns(_ token: Int, in analysis: DocumentAnalysis) -> Bool {
        sentences.contains(analysis.sentenceOfToken[token]) && !outside.contains { $0.contains(token) }
    }

    /// The lead sentence and the one after it when it belongs to the group, what the semantic model reads: it was
    /// trained on snippets of one to three sentences, and later ones add background and reactions ("The ministry
    /// condemns the bombing of the village … Deliberate attacks on civilians constitute war crimes.").
    func leadWindow(in analysis: DocumentAnalysis) -> Range<Int> {
        let sentences = analysis.text.sentences
        let last = self.sentences.contains(lead + 1) ? lead + 1 : lead
        return sentences[lead].tokens.lowerBound..<sentences[last].tokens.upperBound
    }

    /// Token range from the lead sentence's start to the last sentence's end.
    func tokenRange(in analysis: DocumentAnalysis) -> Range<Int> {
        let sentences = analysis.text.sentences
        return sentences[self.sentences.first!].tokens.lowerBound..<sentences[self.sentences.last!].tokens.upperBound
    }
}
