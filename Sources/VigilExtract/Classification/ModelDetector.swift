import VigilModel
import VigilText

/// Finds the event of a document whose words match no trigger, when the classifier is confident.
///
/// Only the lead sentence is read: the first sentence when it opens with the day ("On 2 May 2020, …",
/// the form of a dated incident report), else the first that names an actor; not one whose only
/// actor is a government. A dated incident report is blocked only by denial and condemnation cues;
/// any other sentence also by negation, modal and crime/disaster/accident/sports cues. The classifier
/// was trained on event reports and cannot tell an event from a non-event by itself, so an undated
/// sentence needs more confidence, and strategic developments more still.
struct ModelDetector: Sendable {
    /// The probability the classifier must reach in a sentence dated to the day.
    static let datedThreshold = 0.2
    /// The probability the classifier must reach in an undated sentence.
    static let threshold = 0.6
    /// The probability a strategic development must reach in a dated sentence.
    static let datedStrategicThreshold = 0.5
    /// The probability a strategic development (agreement, change of activity, other…) must reach.
    static let strategicThreshold = 0.8
    /// How many tokens may precede the day in a dated incident report ("On the night of 2 May").
    static let datedReach = 6

    let classifier: (any SubEventClassifying)?

    /// A trigger standing for the classifier's reading of the lead sentence, if confident.
    func trigger(in analysis: DocumentAnalysis, excluded: Set<Int>) -> Trigger? {
        guard let classifier else { return nil }
        let sentences = analysis.text.sentences
        let readable = sentences.indices.filter { !sentences[$0].isRepeat && !excluded.contains($0) }
        let actorIn = { (index: Int) in
            analysis.inSentence(analysis.actors, index, tokens: \.tokens).first { !$0.isAssociate && $0.rank >= 1 }
        }
        // The day opens the sentence ("On 2 May 2020, …"); a day named at the end ("officials said on
        // Thursday, June 20") dates a news lede, which needs the undated threshold and cues.
        let dayIn = { (index: Int) in
            analysis.inSentence(analysis.dates, index, tokens: \.tokens).first {
                $0.role == .point && $0.precision == .day && ($0.isAbsolute || $0.namesMonth)
                    && $0.tokens.lowerBound - sentences[index].tokens.lowerBound <= Self.datedReach
            }
        }
        let datedToDay = { (index: Int) in dayIn(index) != nil }
        guard let index = readable.first.flatMap({ datedToDay($0) ? $0 : nil }) ?? readable.first(where: { actorIn($0) != nil })
        else { return nil }
        // A government's own announcements and decisions are its business, not events.
        let actors = analysis.inSentence(analysis.actors, index, tokens: \.tokens).filter { !$0.isAssociate && $0.rank >= 1 }
        guard actors.isEmpty || actors.contains(where: { !$0.template.hasPrefix("Government of") }) else { return nil }
        let dated = datedToDay(index)
        // "A joint Russian-Turkish patrol passed through …": a routine movement is no event unless a word names an incident.
        let blocked: Set<CueKind> = dated
            ? [.denial, .condemnation, .routine]
            : [.negation, .denial, .modality, .condemnation, .crime, .disaster, .accident, .sports, .routine]
        let tokens = analysis.text.tokens
        let cues = analysis.cues(inSentence: index).filter {
            !($0.kind == .modality && tokens[$0.tokens.lowerBound].norm == "may" && tokens[$0.tokens.lowerBound].isCapitalized)
        }
        guard !cues.contains(where: { blocked.contains($0.kind) }) else { return nil }
        let sentence = sentences[index]
        guard let top = classifier.probabilities(for: tokens[sentence.tokens]).first,
            let type = try? SubEventType(validating: top.label),
            top.probability >= (type.eventType == .strategicDevelopments
                ? (dated ? Self.datedStrategicThreshold : Self.strategicThreshold)
                : (dated ? Self.datedThreshold : Self.threshold))
        else { return nil }
        // The evidence: the actor, else the day of the dated report.
        let span = actors.first { !$0.template.hasPrefix("Government of") }?.tokens ?? dayIn(index)?.tokens ?? sentence.tokens
        return Trigger(tokens: span, sentence: index, reading: .init(subEventType: type, weight: 1))
    }
}
