import VigilText
import Foundation
import VigilModel

/// The actors of one event: who acted (actor1), its patron (assoc_actor_1) and who was acted upon (actor2).
struct ActorRoles: Sendable {
    var actor1: String = ""
    var assoc1: String = ""
    var actor2: String = ""
    var inter1: InterCode = .none
    var inter2: InterCode = .none
    var actor1Tokens: Range<Int>?
    var assoc1Tokens: Range<Int>?
    var actor2Tokens: Range<Int>?
}

/// Picks actor1 and actor2 among an event group's actor mentions.
///
/// actor1: a passive agent ("by gunmen") first, else the best-ranked actor before the lead trigger that
/// is not a marked target; a named organisation later in the group replaces a generic or implied one, not state forces
/// ("a pro-Iran militia group … The Islamic Resistance in Iraq said it carried out"). actor2: a marked
/// target or the first actor after the trigger. Demonstrations, riots, arrests and violence against
/// civilians get ACLED's default actors when the text names none; villagers or farmers who attack are
/// a communal militia.
struct ActorRoleAssigner: Sendable {
    /// How many tokens may separate a reporter from its reporting verb ("DPR's representatives in the JCCC reported").
    static let reporterReach = 5
    /// How far after the reporting verb an "it"/"they" makes the report a claim about the reporter.
    static let claimReach = 8

    let articles: CountryArticles

    func roles(
        for group: EventGroup, type: SubEventType, trigger: Trigger, country: String?, in analysis: DocumentAnalysis
    ) -> ActorRoles {
        let range = group.tokenRange(in: analysis)
        let lead = analysis.text.sentences[group.lead].tokens
        let mentions = analysis.actors.filter { range.contains($0.tokens.lowerBound) && group.owns($0.tokens.lowerBound, in: analysis) }
        // "Movement of forces: …": words of the trigger name no actor, unless they name its agent ("killed by police").
        let actors = mentions.filter {
            !$0.isAssociate && ($0.isPassiveAgent || !($0.tokens.count < trigger.tokens.count && trigger.tokens.contains($0.tokens.lowerBound)))
        }
        var roles = ActorRoles()

        let inLead = actors.filter { lead.contains($0.tokens.lowerBound) }
        let tokens = analysis.text.tokens
        // "soldiers were killed": the subject of a passive verb was acted upon.
        func isPassiveSubject(_ m: ActorMention) -> Bool {
            m.tokens.upperBound <= trigger.tokens.lowerBound && (m.tokens.upperBound..<trigger.tokens.lowerBound).contains { ["was", "were", "been", "being"].contains(tokens[$0].norm) }
        }
        var beforeTrigger = inLead.filter {
            $0.tokens.upperBound <= trigger.tokens.lowerBound && !$0.isMarkedTarget && $0.rank > 0 && !isPassiveSubject($0)
        }
        // "Police said gunmen …", "DPR representatives reported that Ukrainian forces fired …": the reporter
        // is not the actor when another one is named.
        let reporters = beforeTrigger.filter { isReporter($0, in: analysis) }
        if !reporters.isEmpty, reporters.count < beforeTrigger.count {
            beforeTrigger.removeAll { m in reporters.contains { $0.tokens == m.tokens } }
        }
        // "Gunmen … the state government said": in violence, an armed actor acts, not an administration.
        if [.battles, .explosionsRemoteViolence, .violenceAgainstCivilians].contains(type.eventType), beforeTrigger.contains(where: \.isArmed) {
            beforeTrigger.removeAll { !$0.isArmed && $0.template.hasPrefix("Government of") }
        }
        // "jets bombed M23 positions … M23 said": the group the lead shows acted upon is not the attacker.
        func actedUponInLead(_ m: ActorMention) -> Bool {
            inLead.contains { $0.template == m.template && $0.tokens.lowerBound >= trigger.tokens.upperBound }
        }
        // "shot down drones launched by the Houthis": who launched what was stopped is acted upon (ACLED codes
        // the interceptor as actor1).
        let interception = type == .disruptedWeaponsUse && trigger.isInterception
        func launcher(_ m: ActorMention) -> Bool {
            interception && m.isPassiveAgent && m.tokens.lowerBound >= trigger.tokens.upperBound
        }
        // "troops regained the town, which had been held by insurgents": the agent of a relative clause did not do it.
        func inRelativeClause(_ m: ActorMention) -> Bool {
            m.tokens.lowerBound >= trigger.tokens.upperBound && !beforeTrigger.isEmpty
                && (trigger.tokens.upperBound..<m.tokens.lowerBound).contains { ["which", "who", "that", "whom"].contains(tokens[$0].norm) }
        }
        let passiveAgent = inLead.first { $0.isPassiveAgent && $0.rank > 0 && !launcher($0) && !inRelativeClause($0) }
        // Among equals, the forces of the country it happens in ("joint French and Burkinabe forces": ACLED codes the host first).
        func home(_ m: ActorMention) -> Int { country != nil && m.country?.name == country ? 1 : 0 }
        var agent = passiveAgent ?? beforeTrigger.max {
            ($0.rank, home($0), -$0.tokens.lowerBound) < ($1.rank, home($1), -$1.tokens.lowerBound)
        }
        if passiveAgent == nil, let named = actors.first(where: {
            ($0.rank == 3 && !$0.isMarkedTarget && !lead.contains($0.tokens.lowerBound)
                || $0.rank == 3 && $0.tokens.upperBound <= trigger.tokens.lowerBound && !$0.isMarkedTarget)
                && !(agent != nil && isReporter($0, in: analysis)) && !inOtherCountry($0, country, analysis)
                && !actedUponInLead($0)
        }),
            (agent?.rank ?? 0) < 2, named.isArmed || agent == nil
        {
            agent = named
        }
        // "Israeli airstrikes", "Russian shelling": a nationality right before the trigger names the state's forces.
        if agent == nil, type.eventType == .explosionsRemoteViolence || type.eventType == .battles,
            let nationality = analysis.countries.last(where: {
                $0.tokens.upperBound == trigger.tokens.lowerBound
                    || $0.tokens.upperBound + 1 == trigger.tokens.lowerBound && tokens[$0.tokens.upperBound].kind == .word
            })
        {
            roles.actor1 = "Military Forces of \(nationality.value.name)"
            roles.inter1 = .stateForces
            roles.actor1Tokens = nationality.tokens.lowerBound..<trigger.tokens.upperBound
        }
        // Else an armed actor elsewhere in the lead sentence ("Congolese jets bombed M23 positions" names its
        // attacker by nationality first), unless a crowd word is the trigger's subject ("residents looted a truck;
        // police arrested 20 suspects").
        if agent == nil, roles.actor1.isEmpty, type.eventType != .protests, type.eventType != .riots,
            !analysis.cues.contains(where: { lead.contains($0.tokens.lowerBound) && FactualityFilter.isCrowdSubject($0, of: trigger, tokens) })
        {
            agent = inLead.first {
                $0.rank >= 1 && !$0.isMarkedTarget && $0.isArmed && !isPassiveSubject($0) && !isCounted($0, in: analysis) && !launcher($0)
            }
        }
        // "A drone strike hit a gathering … The rebels accused the army of using drones": with no attacker named, the one
        // accused acts (ACLED codes the alleged perpetrator).
        if agent == nil, roles.actor1.isEmpty, type.eventType != .protests, type.eventType != .riots {
            agent = actors.first { m in
                m.isArmed && !m.isMarkedTarget
                    && (max(0, m.tokens.lowerBound - 3)..<m.tokens.lowerBound).contains { ["accused", "blamed"].contains(tokens[$0].norm) }
            }
        }
        // Demonstrations and riots are coded with their participants as actor1.
        if type.eventType == .protests, agent.map({ $0.inter != .protesters }) ?? true {
            let protesters = actors.first { $0.inter == .protesters }
            if let protesters { agent = protesters } else { agent = nil }
        }
        if type.eventType == .riots, agent.map({ $0.inter != .rioters && $0.inter != .protesters }) ?? true {
            agent = actors.first { $0.inter == .rioters || $0.inter == .protesters }
        }
        if let agent {
            roles.actor1 = agent.name(fallbackCountry: country)
            roles.inter1 = agent.inter
            roles.actor1Tokens = agent.countryTokens.map { $0.lowerBound..<agent.tokens.upperBound } ?? agent.tokens
            if type.eventType == .riots, agent.inter == .protesters {
                roles.actor1 = "Rioters" + (country.map { " (\($0))" } ?? "")
                roles.inter1 = .rioters
            }
            let sentence = analysis.sentenceOfToken[agent.tokens.lowerBound]
            if let patron = mentions.first(where: { $0.isAssociate && analysis.sentenceOfToken[$0.tokens.lowerBound] == sentence }) {
                roles.assoc1 = patron.name(fallbackCountry: country)
                roles.assoc1Tokens = patron.tokens
            }
        } else if roles.actor1.isEmpty, [.attack, .armedClash, .lootingPropertyDestruction, .abductionForcedDisappearance].contains(type),
            let community = analysis.cues.first(where: {
                $0.kind == .community && lead.contains($0.tokens.lowerBound) && $0.tokens.upperBound <= trigger.tokens.lowerBound
                    && !(($0.tokens.upperBound..<trigger.tokens.lowerBound).contains { ["was", "were"].contains(tokens[$0].norm) })
            })
        {
            // "farmers armed with machetes attacked a camp": ACLED codes villagers who fight as a communal militia;
            // "residents assaulted a man", with no weapon or armed group in the lead, as rioters (mob violence).
            let weapons = analysis.weapons.contains { lead.contains($0.tokens.lowerBound) && $0.isArmed }
            // The state's forces in the lead are whom the crowd fights or who respond to it, not the crowd's arms.
            let othersArmed = inLead.contains { $0.isArmed && $0.inter != .stateForces }
            let armedLead = othersArmed || weapons || inLead.contains { $0.inter == .rioters }
            // "villagers clashed with police": unarmed people who fight the state's forces, and no one else armed, riot.
            let fightsTheState = type == .armedClash && !weapons && !othersArmed && inLead.contains { $0.inter == .stateForces }
            // "locals set fire to a truck": a crowd that destroys property riots too.
            let crowdAct = type == .attack || type == .lootingPropertyDestruction
            if !fightsTheState, armedLead || !crowdAct || !FactualityFilter.isCrowdSubject(community, of: trigger, tokens) {
                roles.actor1 = ActorMention.filling("Unidentified Communal Militia ({country})", country: country)
                roles.inter1 = .identityMilitias
            } else {
                roles.actor1 = ActorMention.filling("Rioters ({country})", country: country)
                roles.inter1 = .rioters
            }
            roles.actor1Tokens = community.tokens
        } else if roles.actor1.isEmpty {
            let fallback = ActorRoleAssigner.defaultActor1(for: type)
            if let (template, inter) = fallback {
                roles.actor1 = ActorMention.filling(template, country: country)
                roles.inter1 = inter
                roles.actor1Tokens = trigger.tokens
            }
        }

        let actor1 = articles.apply(to: roles.actor1)
        let targets = actors.filter {
            articles.apply(to: $0.name(fallbackCountry: country)) != actor1 && !isSource($0, after: trigger, in: analysis)
        }
        let target = inLead.first { $0.isMarkedTarget && articles.apply(to: $0.name(fallbackCountry: country)) != actor1 }
            ?? targets.first { lead.contains($0.tokens.lowerBound) && $0.tokens.lowerBound >= trigger.tokens.upperBound }
            ?? targets.first { $0.isMarkedTarget }
        switch type.eventType {
        case .protests:
            if type != .peacefulProtest, let force = targets.first(where: { $0.inter == .stateForces }) {
                set2(&roles, force, country)
            }
        case .violenceAgainstCivilians:
            if let victim = targets.first(where: { $0.inter == .civilians }) {
                set2(&roles, victim, country)
            } else {
                roles.actor2 = ActorMention.filling("Civilians ({country})", country: country)
                roles.inter2 = .civilians
            }
        default:
            if interception, let launcher = inLead.first(where: { launcher($0) && articles.apply(to: $0.name(fallbackCountry: country)) != actor1 }) {
                set2(&roles, launcher, country)
            } else if interception, let state = launchingState(after: trigger, lead: lead, actor1: actor1, in: analysis) {
                roles.actor2 = "Military Forces of \(state.value.name)"
                roles.inter2 = .stateForces
                roles.actor2Tokens = state.tokens
            } else if let target {
                set2(&roles, target, country)
            }
        }
        if type.eventType == .battles, let (first, second) = Self.sidesBetween(after: trigger, among: inLead, tokens: tokens) {
            roles.actor1 = first.name(fallbackCountry: country)
            roles.inter1 = first.inter
            roles.actor1Tokens = first.tokens
            set2(&roles, second, country)
        }
        roles.actor1 = articles.apply(to: roles.actor1)
        roles.assoc1 = articles.apply(to: roles.assoc1)
        roles.actor2 = articles.apply(to: roles.actor2)
        return roles
    }

    /// "six fighters were killed in clashes between the National Liberation Army (ELN) and a faction of
    /// FARC dissidents": the two sides a battle is between are its actors, in the order told, whoever
    /// else the sentence names ("fighters" is who died). Each side is the first actor after "between"
    /// or "and", a few words of description ("a faction of") allowed.
    static func sidesBetween(after trigger: Trigger, among actors: [ActorMention], tokens: [Token]) -> (ActorMention, ActorMention)? {
        let start = trigger.tokens.upperBound
        guard start < tokens.count, tokens[start].norm == "between" else { return nil }
        func side(after k: Int) -> ActorMention? {
            actors.filter { $0.tokens.lowerBound > k && $0.tokens.lowerBound <= k + 4 && $0.rank >= 2 }.min { $0.tokens.lowerBound < $1.tokens.lowerBound }
        }
        guard let first = side(after: start) else { return nil }
        var k = first.tokens.upperBound
        // "(ELN)": an abbreviation in brackets after the name.
        while k < tokens.count, k < first.tokens.upperBound + 4, tokens[k].norm != "and" { k += 1 }
        guard k < tokens.count, tokens[k].norm == "and", let second = side(after: k), second.template != first.template else { return nil }
        return (first, second)
    }

    /// "shot down 17 drones launched by Russia", "intercepted two Russian missiles": the state whose weapons were
    /// stopped, named after the interception in the lead sentence ("by"/"from" it, or by nationality before a weapon).
    private func launchingState(
        after trigger: Trigger, lead: Range<Int>, actor1: String, in analysis: DocumentAnalysis
    ) -> PhraseLexicon<CountryName>.Match? {
        let tokens = analysis.text.tokens
        return analysis.countries.first { country in
            let start = country.tokens.lowerBound
            guard start >= trigger.tokens.upperBound, start < lead.upperBound,
                "Military Forces of \(country.value.name)" != actor1
            else { return false }
            if start >= 1, ["by", "from"].contains(tokens[start - 1].norm) { return true }
            let end = country.tokens.upperBound
            return start - trigger.tokens.upperBound <= 4
                && analysis.weapons.contains { $0.tokens.lowerBound >= end && $0.tokens.lowerBound <= end + 2 }
        }
    }

    /// "killed 22 villagers in a raid, the army said": an actor named after the trigger and right before a reporting verb is
    /// the report's source, not the target.
    func isSource(_ m: ActorMention, after trigger: Trigger, in analysis: DocumentAnalysis) -> Bool {
        let end = m.tokens.upperBound
        guard m.tokens.lowerBound >= trigger.tokens.upperBound, end < analysis.text.tokens.count else { return false }
        return analysis.cues.contains { $0.kind == .reporting && $0.tokens.lowerBound == end }
    }

    /// "police said", "the army's spokesman told", "according to the police": the actor who reports.
    private func isReporter(_ m: ActorMention, in analysis: DocumentAnalysis) -> Bool {
        let tokens = analysis.text.tokens
        let after = m.tokens.upperBound
        if let cue = analysis.cues.first(where: {
            $0.kind == .reporting && $0.tokens.lowerBound >= after && $0.tokens.lowerBound - after <= Self.reporterReach
        }), !(after..<cue.tokens.lowerBound).contains(where: { [",", ";", "."].contains(tokens[$0].norm) }),
            !analysis.actors.contains(where: { $0.tokens.lowerBound >= after && $0.tokens.lowerBound < cue.tokens.lowerBound })
        {
            // "… said on its Telegram channel that it carried out": a claim about itself, not a report.
            return !Self.speaksOfItself(after: cue, tokens: tokens)
        }
        return analysis.cues.contains {
            $0.kind == .reporting && $0.tokens.upperBound <= m.tokens.lowerBound && m.tokens.lowerBound - $0.tokens.upperBound <= 2
                && tokens[$0.tokens.lowerBound].norm == "according"
        }
    }

    /// "… said on its Telegram channel that it carried out": the reporter speaks of itself ("it", "its",
    /// "they", "we") soon after the reporting verb.
    static func speaksOfItself(after cue: Cue, tokens: [Token]) -> Bool {
        let end = min(tokens.count, cue.tokens.upperBound + claimReach)
        return (cue.tokens.upperBound..<end).contains { Self.selfWords.contains(tokens[$0].norm) }
    }

    private static let selfWords: Set<String> = ["it", "its", "they", "we"]

    /// "An umbrella of armed factions calling itself the Islamic Resistance in Iraq said on its Telegram channels
    /// that it carried out six separate attacks": the event's actor1 tells of its own attack; the event is claimed.
    /// Returns the reporting words, for evidence.
    func selfReport(by roles: ActorRoles, in group: EventGroup, of analysis: DocumentAnalysis) -> Range<Int>? {
        guard let actor = roles.actor1Tokens else { return nil }
        let tokens = analysis.text.tokens
        let reporter = analysis.actors.first { $0.tokens == actor }
        let range = group.tokenRange(in: analysis)
        return analysis.cues.first { cue in
            guard cue.kind == .reporting, range.contains(cue.tokens.lowerBound), group.owns(cue.tokens.lowerBound, in: analysis) else {
                return false
            }
            let said = analysis.actors.last {
                $0.tokens.upperBound <= cue.tokens.lowerBound && cue.tokens.lowerBound - $0.tokens.upperBound <= Self.reporterReach
            }
            guard let said, said.tokens == actor || reporter.map({ $0.template == said.template }) ?? false,
                !(said.tokens.upperBound..<cue.tokens.lowerBound).contains(where: { [",", ";", "."].contains(tokens[$0].norm) })
            else { return false }
            return Self.speaksOfItself(after: cue, tokens: tokens)
        }?.tokens
    }

    /// "the bomb that killed three policemen": the killed or injured a figure counts were acted upon.
    private func isCounted(_ m: ActorMention, in analysis: DocumentAnalysis) -> Bool {
        analysis.quantities.contains {
            ($0.category == .killed || $0.category == .injured)
                && m.tokens.lowerBound >= $0.span.lowerBound && m.tokens.lowerBound <= $0.span.upperBound + 1
        }
    }

    /// "Elsewhere, talks between the Colombian government and the ELN resumed": a named actor in a later
    /// sentence that names only countries other than the event's belongs to another story.
    private func inOtherCountry(_ m: ActorMention, _ country: String?, _ analysis: DocumentAnalysis) -> Bool {
        guard let country else { return false }
        let named = analysis.inSentence(analysis.countries, analysis.sentenceOfToken[m.tokens.lowerBound], tokens: \.tokens)
        return !named.isEmpty && !named.contains { $0.value.name == country }
    }

    private func set2(_ roles: inout ActorRoles, _ mention: ActorMention, _ country: String?) {
        roles.actor2 = mention.name(fallbackCountry: country)
        roles.inter2 = mention.inter
        roles.actor2Tokens = mention.countryTokens.map { $0.lowerBound..<mention.tokens.upperBound } ?? mention.tokens
    }

    /// ACLED's actor1 when the text names none.
    static func defaultActor1(for type: SubEventType) -> (String, InterCode)? {
        switch type.eventType {
        case .protests: ("Protesters ({country})", .protesters)
        case .riots: ("Rioters ({country})", .rioters)
        case .strategicDevelopments:
            type == .arrests ? ("Police Forces of {country}", .stateForces) : ("Unidentified Armed Group ({country})", .rebelGroups)
        case .explosionsRemoteViolence:
            type == .airDroneStrike ? ("Unidentified Military Forces", .externalOtherForces) : ("Unidentified Armed Group ({country})", .rebelGroups)
        case .battles, .violenceAgainstCivilians: ("Unidentified Armed Group ({country})", .rebelGroups)
        }
    }
}
