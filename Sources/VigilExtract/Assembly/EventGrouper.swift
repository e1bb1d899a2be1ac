import VigilText
import VigilModel

/// Splits a document into event groups.
///
/// The first sentence with a factual trigger leads the main event; the sentences after it are its
/// details (ACLED notes describe one event). A later sentence starts a new event only when it has a
/// strong trigger and its own explicit day, different from the main event's ("the US strikes in Syria
/// on October 26"), or a strong trigger and words that set it apart ("in a separate attack", "earlier in
/// the day"); a day that dates a report ("reported on Thursday") does not. Tally sentences and
/// background sentences are not details.
struct EventGrouper: Sendable {
    /// How many sentences after the lead may still add details.
    static let detailReach = 4

    /// The groups, in text order.
    func groups(
        triggersBySentence: [Int: [Trigger]], excluded: Set<Int>, in analysis: DocumentAnalysis
    ) -> [EventGroup] {
        let sentences = analysis.text.sentences.indices.filter { !analysis.text.sentences[$0].isRepeat && !excluded.contains($0) }
        var groups: [EventGroup] = []
        var current: (lead: Int, sentences: [Int], triggers: [Trigger], date: DateMention?)?
        var mainDay: CalendarDay?
        // Coder notes tell one event each; news prose may tell one per place.
        let news = !CoderNoteStyle().matches(analysis)
        for index in sentences {
            let triggers = triggersBySentence[index] ?? []
            let date = eventDate(inSentence: index, triggers: triggers, news: news, in: analysis)
            if current == nil {
                guard !triggers.isEmpty else { continue }
                current = (index, [index], triggers, date)
                mainDay = date?.day
                continue
            }
            let strong = triggers.contains { $0.weight >= 3 }
            let refines = date.map { day in current?.date.map { Self.refines(day, coarse: $0) } ?? false } ?? false
            let startsNew = strong && date != nil
                && date!.precision == .day && date!.day != (mainDay ?? analysis.reference)
                && !datesReport(date!, in: analysis) && !refines
                || strong && analysis.cues(inSentence: index).contains { $0.kind == .separate }
                || (strong || opensWithTown(index, in: analysis)) && news && !refersBack(triggers, in: analysis)
                    && current.map { movesElsewhere(index, from: $0.sentences, in: analysis) } ?? false
            if startsNew, let c = current {
                groups.append(EventGroup(lead: c.lead, sentences: c.sentences, triggers: c.triggers, date: c.date))
                current = (index, [index], triggers, date)
                continue
            }
            if let c = current, index - c.lead <= Self.detailReach {
                current!.sentences.append(index)
                current!.triggers += triggers
                if refines { current!.date = date }
            }
        }
        if let c = current {
            groups.append(EventGroup(lead: c.lead, sentences: c.sentences, triggers: c.triggers, date: c.date))
        }
        return groups.flatMap { withPriorEvent($0, in: analysis) }
    }

    /// "Jets bombed rebel positions on Monday, a day after shelling killed six civilians in Sake, …": a clause
    /// after "a day after" (or "N days after") with a strong trigger reports an earlier event, dated that
    /// many days before, with its own place and figures; the main event leaves that clause out.
    func withPriorEvent(_ group: EventGroup, in analysis: DocumentAnalysis) -> [EventGroup] {
        let tokens = analysis.text.tokens
        let sentence = analysis.text.sentences[group.lead].tokens
        guard let after = sentence.first(where: { k in
            tokens[k].norm == "after" && k >= sentence.lowerBound + 2 && ["day", "days"].contains(tokens[k - 1].norm)
        }) else { return [group] }
        let daysBefore = tokens[after - 2].norm == "a" || tokens[after - 2].norm == "the" ? 1 : tokens[after - 2].integerValue
            ?? analysis.quantities.first { $0.tokens.contains(after - 2) }?.value
        let end = (after + 1..<sentence.upperBound).first { [",", ";"].contains(tokens[$0].norm) } ?? sentence.upperBound
        let clause = (after - 2)..<end
        let prior = group.triggers.filter { clause.contains($0.tokens.lowerBound) }
        let main = group.triggers.filter { !clause.contains($0.tokens.lowerBound) }
        guard let daysBefore, prior.contains(where: { $0.weight >= 4 }), main.contains(where: { $0.sentence == group.lead }) else {
            return [group]
        }
        var kept = EventGroup(lead: group.lead, sentences: group.sentences, triggers: main, date: group.date)
        kept.outside = group.outside + [clause]
        let date = group.date.map {
            DateMention(tokens: clause.lowerBound..<(after + 1), day: $0.day.adding(days: -daysBefore), precision: .day, role: .point, isAbsolute: false)
        }
        var earlier = EventGroup(lead: group.lead, sentences: [group.lead], triggers: prior, date: date)
        earlier.outside = [sentence.lowerBound..<clause.lowerBound, clause.upperBound..<sentence.upperBound]
        return [kept, earlier]
    }

    /// The date of what sentence `index` reports: among its point dates, one that names a trigger's day
    /// ("a video posted on Wednesday claiming Tuesday's attack"), then one on the triggers' side of an
    /// "after" or "before" ("buried them on Friday after a jet bombed the village on Thursday"), then one
    /// naming a day ("this week … the bomb that killed three on 20 May"), then, in news prose, the one nearest a
    /// strong trigger, else the first (a coder note opens with the event's day: "On 2 May 2020, … the ceasefire of
    /// 7 July 2019").
    func eventDate(inSentence index: Int, triggers: [Trigger], news: Bool, in analysis: DocumentAnalysis) -> DateMention? {
        let dates = analysis.inSentence(analysis.dates, index, tokens: \.tokens).filter { $0.role == .point }
        guard dates.count > 1, !triggers.isEmpty else { return dates.first }
        let tokens = analysis.text.tokens
        func rank(_ date: DateMention) -> (Int, Int, Int, Int) {
            let end = date.tokens.upperBound
            let possessive = end < tokens.count && tokens[end].norm == "'s"
                && triggers.contains { $0.tokens.lowerBound == end + 1 }
            let crosses = triggers.allSatisfy { trigger in
                let gap = date.tokens.upperBound <= trigger.tokens.lowerBound
                    ? date.tokens.upperBound..<trigger.tokens.lowerBound
                    : trigger.tokens.upperBound..<max(trigger.tokens.upperBound, date.tokens.lowerBound)
                return gap.contains { Self.sequenceWords.contains(tokens[$0].norm) }
            }
            return (possessive ? 0 : 1, crosses ? 1 : 0, date.precision == .day ? 0 : 1, distanceToStrongTrigger(date))
        }
        // "Traders returned on Monday to the market where a car bomb killed 11 people last Thursday": the day told
        // next to the attack's words; the first day when no trigger is strong.
        func distanceToStrongTrigger(_ date: DateMention) -> Int {
            let strong = triggers.filter { $0.weight >= 3 }
            guard news, !strong.isEmpty else { return date.tokens.lowerBound }
            return strong.map { t in
                t.tokens.upperBound <= date.tokens.lowerBound ? date.tokens.lowerBound - t.tokens.upperBound
                    : max(0, t.tokens.lowerBound - date.tokens.upperBound)
            }.min()!
        }
        return dates.min { rank($0) < rank($1) }
    }

    /// "Russian forces shelled Nikopol six times on Tuesday … Artillery also struck Marhanets three times",
    /// "Police fired tear gas … in Nairobi on Tuesday … In Mombasa, officers used water cannon": in news prose a
    /// sentence whose own trigger acts on a town the event's sentences have not named, and names none of theirs,
    /// is another event there (ACLED codes one event per place and day); the event's sentences must have named a
    /// town first (a dateline's town does not count), else this one is where it happened.
    func movesElsewhere(_ index: Int, from sentences: [Int], in analysis: DocumentAnalysis) -> Bool {
        func towns(_ sentence: Int) -> Set<String> {
            Set(analysis.inSentence(analysis.places, sentence, tokens: \.tokens)
                .filter { $0.kind <= .populatedPlace && !analysis.dateline.contains($0.tokens.lowerBound) }.map(\.place.name))
        }
        let here = towns(index)
        let before = sentences.reduce(into: Set<String>()) { $0.formUnion(towns($1)) }
        return !here.isEmpty && !before.isEmpty && here.isDisjoint(with: before)
    }

    /// "In Mombasa, officers used water cannon to disperse protesters … In Kisumu, a march of several hundred people
    /// passed off peacefully": a sentence that opens with one word and a town, then a comma, tells what happened
    /// there, even with a weak trigger.
    func opensWithTown(_ index: Int, in analysis: DocumentAnalysis) -> Bool {
        let sentence = analysis.text.sentences[index].tokens
        guard let town = analysis.inSentence(analysis.places, index, tokens: \.tokens).first,
            town.kind <= .populatedPlace, town.tokens.lowerBound == sentence.lowerBound + 1, town.tokens.upperBound < sentence.upperBound
        else { return false }
        return analysis.text.tokens[town.tokens.upperBound].text == ","
    }

    /// "Roadside bomb kills five soldiers near Afgoye … The explosive device had been buried in the road near the
    /// village of Ceelasha Biyaha": strong triggers that each follow "the" or "this" name the event already told.
    func refersBack(_ triggers: [Trigger], in analysis: DocumentAnalysis) -> Bool {
        let strong = triggers.filter { $0.weight >= 3 }
        return !strong.isEmpty && strong.allSatisfy { analysis.definiteEnds.contains($0.tokens.lowerBound) }
    }

    /// "arrested 14 people … in night raids across Mandalay this week. State-run newspapers reported on Thursday
    /// that security forces had detained … between Monday and Wednesday": a day inside the lead's week or month
    /// tells when the same event happened, more precisely; it starts no new event.
    static func refines(_ day: DateMention, coarse: DateMention) -> Bool {
        guard day.precision == .day else { return false }
        switch coarse.precision {
        case .week: return day.day >= coarse.day.adding(days: -6) && day.day <= coarse.day.adding(days: 6)
        case .month: return day.day.year == coarse.day.year && day.day.month == coarse.day.month
        default: return false
        }
    }

    /// Words that put two events in sequence: a date across them dates the other event.
    private static let sequenceWords: Set<String> = ["after", "before", "following"]

    /// "State media reported on Thursday that …": the day of a report, not of a new event.
    private func datesReport(_ date: DateMention, in analysis: DocumentAnalysis) -> Bool {
        let start = date.tokens.lowerBound
        return analysis.cues.contains {
            $0.kind.isReporting && $0.tokens.upperBound <= start && start - $0.tokens.upperBound <= 1
        }
    }
}
