import VigilModel
import VigilText

/// What choosing one event's actors looks at: the group's actor mentions, its lead sentence and
/// the trigger, with the questions the role rules ask about a mention.
struct RoleScene {
    let type: SubEventType
    let trigger: Trigger
    /// The country the event happens in, when known.
    let country: String?
    let analysis: DocumentAnalysis
    /// The lead sentence's tokens.
    let lead: Range<Int>
    /// The group's actor mentions, patrons (assoc_actor_1) included.
    let mentions: [ActorMention]
    /// The mentions that may fill actor1 or actor2.
    let actors: [ActorMention]
    /// Those of them in the lead sentence.
    let inLead: [ActorMention]
    let tokens: [Token]

    init(group: EventGroup, type: SubEventType, trigger: Trigger, country: String?, analysis: DocumentAnalysis) {
        self.type = type
        self.trigger = trigger
        self.country = country
        self.analysis = analysis
        let range = group.tokenRange(in: analysis)
        let lead = analysis.text.sentences[group.lead].tokens
        self.lead = lead
        mentions = analysis.actors.filter { range.contains($0.tokens.lowerBound) && group.owns($0.tokens.lowerBound, in: analysis) }
        // "Movement of forces: …": words of the trigger name no actor, unless they name its agent ("killed by police").
        actors = mentions.filter {
            !$0.isAssociate && ($0.isPassiveAgent || !($0.tokens.count < trigger.tokens.count && trigger.tokens.contains($0.tokens.lowerBound)))
        }
        inLead = actors.filter { lead.contains($0.tokens.lowerBound) }
        tokens = analysis.text.tokens
    }

    /// "shot down drones launched by the Houthis": an interception, whose launcher is acted upon.
    var isInterception: Bool { type == .disruptedWeaponsUse && trigger.isInterception }

    /// "soldiers were killed": the subject of a passive verb was acted upon.
    func isPassiveSubject(_ m: ActorMention) -> Bool {
        m.tokens.upperBound <= trigger.tokens.lowerBound
            && (m.tokens.upperBound..<trigger.tokens.lowerBound).contains { ["was", "were", "been", "being"].contains(tokens[$0].norm) }
    }

    /// "jets bombed M23 positions … M23 said": the group the lead shows acted upon is not the attacker.
    func isActedUponInLead(_ m: ActorMention) -> Bool {
        inLead.contains { $0.template == m.template && $0.tokens.lowerBound >= trigger.tokens.upperBound }
    }

    /// "shot down drones launched by the Houthis": who launched what was stopped is acted upon (ACLED codes
    /// the interceptor as actor1).
    func isLauncher(_ m: ActorMention) -> Bool {
        isInterception && m.isPassiveAgent && m.tokens.lowerBound >= trigger.tokens.upperBound
    }

    /// "troops regained the town, which had been held by insurgents": the agent of a relative clause did
    /// not do it, when someone is named before the trigger.
    func isInRelativeClause(_ m: ActorMention, someoneBefore: Bool) -> Bool {
        m.tokens.lowerBound >= trigger.tokens.upperBound && someoneBefore
            && (trigger.tokens.upperBound..<m.tokens.lowerBound).contains { ["which", "who", "that", "whom"].contains(tokens[$0].norm) }
    }

    /// Among equals, the forces of the country it happens in ("joint French and Burkinabe forces": ACLED
    /// codes the host first).
    func home(_ m: ActorMention) -> Int { country != nil && m.country?.name == country ? 1 : 0 }
}
