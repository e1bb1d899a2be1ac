import VigilModel
import VigilText

/// Keeps the triggers that report something that happened.
///
/// A trigger is dropped when a negation, denial, modal (plan, threat, warning, hypothesis),
/// condemnation or background cue (a series of attacks, a total) precedes it closely in its clause
/// (a condemnation or background sentence dated to a full day still reports the event);
/// and when crime, disaster, accident or sports words surround a weak trigger without an armed actor
/// or weapon ("three people were killed in a landslide"), unless a crowd or vigilantes act ("a mob beat a
/// suspected thief").
struct FactualityFilter: Sendable {
    /// How many tokens before a trigger each cue kind reaches.
    private static let reach: [CueKind: Int] = [
        .negation: 3, .denial: 6, .modality: 5, .condemnation: 6, .background: 6, .habitual: 9,
    ]
    /// Words after a comma that open a new clause, ending what a habitual cue covers ("Kharkiv, which is
    /// regularly shelled, was hit on Monday").
    private static let clauseOpeners: Set<String> = [
        "was", "were", "is", "are", "has", "have", "had", "killing", "wounding", "injuring", "leaving", "but", "and",
    ]

    /// The factual triggers of one sentence.
    func factual(_ triggers: [Trigger], sentence: Int, in analysis: DocumentAnalysis) -> [Trigger] {
        let tokens = analysis.text.tokens
        let cues = analysis.cues(inSentence: sentence).filter { !isMonthMay($0, tokens: tokens) }
        let armed = analysis.inSentence(analysis.actors, sentence, tokens: \.tokens).contains { $0.isViolent && !$0.isAssociate }
            || analysis.inSentence(analysis.weapons, sentence, tokens: \.tokens).contains(where: \.isArmed)
        let datedToDay = analysis.inSentence(analysis.dates, sentence, tokens: \.tokens).contains {
            $0.role == .point && $0.precision == .day && $0.isAbsolute
        }
        let offTopic = cues.contains { [.crime, .disaster, .accident, .sports].contains($0.kind) }
        return triggers.filter { trigger in
            if namedByAnEarlierYear(trigger, in: analysis) { return false }
            if trigger.needsArmedActor && !armed && !crowdActs(trigger, cues, analysis) { return false }
            if offTopic && (trigger.subEventType == .arrests
                || trigger.weight < 4 && !politicalActor(sentence, analysis) && !crowdJustice(trigger, sentence, analysis)
                    && !crowdActs(trigger, cues, analysis))
            {
                return false
            }
            for cue in cues {
                guard let reach = Self.reach[cue.kind] else { continue }
                // "On 2 May, observers counted a total of 8 explosions": a dated report, not background;
                // "condemns the attack perpetrated on 13 August 2024": a condemned attack that happened that day.
                if (cue.kind == .background || cue.kind == .condemnation) && datedToDay { continue }
                let gap = trigger.tokens.lowerBound - cue.tokens.upperBound
                // "Kharkiv is regularly targeted by drones, guided bombs and missiles": a habit, not an event; its
                // list of weapons runs past commas, a new clause or a date ends it.
                if cue.kind == .habitual {
                    if gap >= 0, gap <= reach, habitualClause(cue.tokens.upperBound..<trigger.tokens.lowerBound, tokens, analysis) {
                        return false
                    }
                    continue
                }
                if gap >= 0 && gap <= reach && !clauseBreak(in: cue.tokens.upperBound..<trigger.tokens.lowerBound, tokens) {
                    return false
                }
            }
            return true
        }
    }

    /// "revived memories of the 2014 abduction of 276 schoolgirls from Chibok and of the March 2024 kidnapping of
    /// pupils in Kuriga", "since the 2014 Chibok abduction": an event named by a year before the report's is
    /// background, not news.
    private func namedByAnEarlierYear(_ trigger: Trigger, in analysis: DocumentAnalysis) -> Bool {
        let tokens = analysis.text.tokens
        for y in max(0, trigger.tokens.lowerBound - 3)..<trigger.tokens.lowerBound {
            guard tokens[y].kind == .number, tokens[y].norm.count == 4, let year = tokens[y].integerValue,
                (1900..<analysis.reference.year).contains(year)
            else { continue }
            // "the 2014 …", "the March 2024 …": the year opens a noun phrase, with only words between it and the trigger.
            let opens = analysis.definiteEnds.contains(y) || y >= 1 && analysis.definiteEnds.contains(y - 1)
            if opens, (y + 1..<trigger.tokens.lowerBound).allSatisfy({ tokens[$0].kind == .word }) { return true }
        }
        return false
    }

    /// "residents attacked and injured two health workers", "villagers assaulted a man": members of a community
    /// who attack, unarmed, are a mob (ACLED: mob violence), so the attack word needs no armed actor.
    /// Farmers who attack are coded as a communal militia (farmer-herder violence), not as a mob.
    private func crowdActs(_ trigger: Trigger, _ cues: [Cue], _ analysis: DocumentAnalysis) -> Bool {
        guard trigger.subEventType == .attack else { return false }
        let tokens = analysis.text.tokens
        return cues.contains { cue in
            Self.isCrowdSubject(cue, of: trigger, tokens) && !analysis.quantities.contains { $0.tokens.upperBound == cue.tokens.lowerBound }
        }
    }

    /// "residents attacked", "villagers on Sunday assaulted": a crowd word right before an attack is its subject
    /// (not "residents were attacked", "attacked by residents", "two residents killed" — the last checked by the caller).
    static func isCrowdSubject(_ cue: Cue, of trigger: Trigger, _ tokens: [Token]) -> Bool {
        cue.kind == .community && crowdWords.contains(tokens[cue.tokens.lowerBound].norm)
            && cue.tokens.upperBound <= trigger.tokens.lowerBound && trigger.tokens.lowerBound - cue.tokens.upperBound <= 2
            && !(cue.tokens.upperBound..<trigger.tokens.lowerBound).contains { notSubject.contains(tokens[$0].norm) }
            && !(cue.tokens.lowerBound >= 1 && objectMarkers.contains(tokens[cue.tokens.lowerBound - 1].norm))
    }

    private static let objectMarkers: Set<String> = ["by", "on", "against", "at", "intimidated", "harassed", "threatened"]

    /// Community words that, as the subject of an attack, name a crowd.
    static let crowdWords: Set<String> = ["residents", "locals", "villagers"]
    /// Words between a community word and an attack that make it no subject ("residents were attacked").
    private static let notSubject: Set<String> = [",", "was", "were", "is", "are", "been", "by", "and"]

    /// A named organisation, state forces or a communal militia: violence by or against them is political even amid
    /// crime words ("two clans clashed over a family dispute").
    private func politicalActor(_ sentence: Int, _ analysis: DocumentAnalysis) -> Bool {
        analysis.inSentence(analysis.actors, sentence, tokens: \.tokens).contains {
            ($0.rank >= 2 || $0.inter == .identityMilitias) && !$0.isAssociate
        }
    }

    /// "A mob lynched a suspected thief": a crowd or vigilantes punishing a crime is mob violence, not crime.
    private func crowdJustice(_ trigger: Trigger, _ sentence: Int, _ analysis: DocumentAnalysis) -> Bool {
        trigger.subEventType == .mobViolence
            || analysis.inSentence(analysis.actors, sentence, tokens: \.tokens).contains {
                !$0.isAssociate && ($0.inter == .rioters || $0.template.hasPrefix("Vigilante"))
            }
    }

    /// True when the words between a habitual cue and a trigger keep to the cue's clause.
    private func habitualClause(_ range: Range<Int>, _ tokens: [Token], _ analysis: DocumentAnalysis) -> Bool {
        for k in range {
            if Self.clauseBreaks.contains(tokens[k].norm) { return false }
            if tokens[k].norm == ",", k + 1 < tokens.count, Self.clauseOpeners.contains(tokens[k + 1].norm) { return false }
        }
        return !analysis.dates.contains { $0.role == .point && range.contains($0.tokens.lowerBound) }
    }

    private func clauseBreak(in range: Range<Int>, _ tokens: [Token]) -> Bool {
        range.contains { Self.clauseBreaks.contains(tokens[$0].norm) }
    }

    /// Words that end a clause, and with it what a cue before them covers.
    private static let clauseBreaks: Set<String> = [";", ".", "but", "while", "whereas"]

    /// "may" next to a number is the month, not a modal.
    private func isMonthMay(_ cue: Cue, tokens: [Token]) -> Bool {
        guard cue.kind == .modality, tokens[cue.tokens.lowerBound].norm == "may" else { return false }
        let i = cue.tokens.lowerBound
        return (i > 0 && tokens[i - 1].kind == .number) || (i + 1 < tokens.count && tokens[i + 1].kind == .number)
            || tokens[i].isCapitalized && i > 0
    }
}
