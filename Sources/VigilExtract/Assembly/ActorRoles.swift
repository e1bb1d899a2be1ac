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
        let scene = RoleScene(group: group, type: type, trigger: trigger, country: country, analysis: analysis)
        var roles = ActorRoles()
        if let agent = agent(in: scene, roles: &roles) {
            setActor1(agent, in: scene, &roles)
        } else if roles.actor1.isEmpty, !setCrowd(in: scene, &roles), let (template, inter) = Self.defaultActor1(for: type) {
            roles.actor1 = ActorMention.filling(template, country: country)
            roles.inter1 = inter
            roles.actor1Tokens = trigger.tokens
        }
        setActor2(in: scene, &roles)
        if type.eventType == .battles, let (first, second) = Self.sidesBetween(after: trigger, among: scene.inLead, tokens: scene.tokens) {
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

    /// The actors named before the trigger in the lead sentence that may have acted: not marked targets,
    /// not generic, not a passive verb's subject, not the reporter when another is named, and not an
    /// administration when an armed actor is there ("Gunmen … the state government said").
    private func candidates(in scene: RoleScene) -> [ActorMention] {
        let trigger = scene.trigger
        var before = scene.inLead.filter {
            $0.tokens.upperBound <= trigger.tokens.lowerBound && !$0.isMarkedTarget && $0.rank > 0 && !scene.isPassiveSubject($0)
        }
        // "Police said gunmen …", "DPR representatives reported that Ukrainian forces fired …": the reporter
        // is not the actor when another one is named.
        let reporters = before.filter { isReporter($0, in: scene.analysis) }
        if !reporters.isEmpty, reporters.count < before.count {
            before.removeAll { m in reporters.contains { $0.tokens == m.tokens } }
        }
        // "Gunmen … the state government said": in violence, an armed actor acts, not an administration.
        if [.battles, .explosionsRemoteViolence, .violenceAgainstCivilians].contains(scene.type.eventType), before.contains(where: \.isArmed) {
            before.removeAll { !$0.isArmed && $0.template.hasPrefix("Government of") }
        }
        return before
    }

    /// Who acted, when a mention says it: the passive agent ("by gunmen"), else the best candidate before
    /// the trigger, which a named armed organisation later in the group replaces; else the ones
    /// ``implicitAgent(in:roles:)`` finds. Demonstrations and riots take their participants. A
    /// nationality before the trigger ("Israeli airstrikes") fills `roles` instead of returning an agent.
    private func agent(in scene: RoleScene, roles: inout ActorRoles) -> ActorMention? {
        let (trigger, lead, analysis) = (scene.trigger, scene.lead, scene.analysis)
        let before = candidates(in: scene)
        let passiveAgent = scene.inLead.first {
            $0.isPassiveAgent && $0.rank > 0 && !scene.isLauncher($0) && !scene.isInRelativeClause($0, someoneBefore: !before.isEmpty)
        }
        var agent = passiveAgent ?? before.max {
            ($0.rank, scene.home($0), -$0.tokens.lowerBound) < ($1.rank, scene.home($1), -$1.tokens.lowerBound)
        }
        if passiveAgent == nil, let named = scene.actors.first(where: {
            ($0.rank == 3 && !$0.isMarkedTarget && !lead.contains($0.tokens.lowerBound)
                || $0.rank == 3 && $0.tokens.upperBound <= trigger.tokens.lowerBound && !$0.isMarkedTarget)
                && !(agent != nil && isReporter($0, in: analysis)) && !inOtherCountry($0, scene.country, analysis)
                && !scene.isActedUponInLead($0)
        }),
            (agent?.rank ?? 0) < 2, named.isArmed || agent == nil
        {
            agent = named
        }
        if agent == nil { agent = implicitAgent(in: scene, roles: &roles) }
        // Demonstrations and riots are coded with their participants as actor1.
        if scene.type.eventType == .protests, agent.map({ $0.inter != .protesters }) ?? true {
            agent = scene.actors.first { $0.inter == .protesters }
        }
        if scene.type.eventType == .riots, agent.map({ $0.inter != .rioters && $0.inter != .protesters }) ?? true {
            agent = scene.actors.first { $0.inter == .rioters || $0.inter == .protesters }
        }
        return agent
    }

    /// The actor when none is named as the one who acted: the state of a nationality right before the
    /// trigger (set in `roles`), else an armed actor elsewhere in the lead sentence, else the one accused.
    private func implicitAgent(in scene: RoleScene, roles: inout ActorRoles) -> ActorMention? {
        let (type, trigger, tokens, analysis) = (scene.type, scene.trigger, scene.tokens, scene.analysis)
        // "Israeli airstrikes", "Russian shelling": a nationality right before the trigger names the state's forces.
        if type.eventType == .explosionsRemoteViolence || type.eventType == .battles,
            let nationality = analysis.countries.last(where: {
                $0.tokens.upperBound == trigger.tokens.lowerBound
                    || $0.tokens.upperBound + 1 == trigger.tokens.lowerBound && tokens[$0.tokens.upperBound].kind == .word
            })
        {
            roles.actor1 = "Military Forces of \(nationality.value.name)"
            roles.inter1 = .stateForces
            roles.actor1Tokens = nationality.tokens.lowerBound..<trigger.tokens.upperBound
            return nil
        }
        guard type.eventType != .protests, type.eventType != .riots else { return nil }
        // An armed actor elsewhere in the lead sentence ("Congolese jets bombed M23 positions" names its
        // attacker by nationality first), unless a crowd word is the trigger's subject ("residents looted a
        // truck; police arrested 20 suspects").
        if !analysis.cues.contains(where: { scene.lead.contains($0.tokens.lowerBound) && FactualityFilter.isCrowdSubject($0, of: trigger, tokens) }),
            let armed = scene.inLead.first(where: {
                $0.rank >= 1 && !$0.isMarkedTarget && $0.isArmed && !scene.isPassiveSubject($0) && !isCounted($0, in: analysis)
                    && !scene.isLauncher($0)
            })
        {
            return armed
        }
        // "A drone strike hit a gathering … The rebels accused the army of using drones": with no attacker named,
        // the one accused acts (ACLED codes the alleged perpetrator).
        return scene.actors.first { m in
            m.isArmed && !m.isMarkedTarget
                && (max(0, m.tokens.lowerBound - 3)..<m.tokens.lowerBound).contains { ["accused", "blamed"].contains(tokens[$0].norm) }
        }
    }

    /// actor1 from the mention that acted, with its patron in the same sentence as assoc_actor_1;
    /// protesters who riot are rioters.
    private func setActor1(_ agent: ActorMention, in scene: RoleScene, _ roles: inout ActorRoles) {
        let country = scene.country
        roles.actor1 = agent.name(fallbackCountry: country)
        roles.inter1 = agent.inter
        roles.actor1Tokens = agent.countryTokens.map { $0.lowerBound..<agent.tokens.upperBound } ?? agent.tokens
        if scene.type.eventType == .riots, agent.inter == .protesters {
            roles.actor1 = "Rioters" + (country.map { " (\($0))" } ?? "")
            roles.inter1 = .rioters
        }
        let sentence = scene.analysis.sentenceOfToken[agent.tokens.lowerBound]
        if let patron = scene.mentions.first(where: { $0.isAssociate && scene.analysis.sentenceOfToken[$0.tokens.lowerBound] == sentence }) {
            roles.assoc1 = patron.name(fallbackCountry: country)
            roles.assoc1Tokens = patron.tokens
        }
    }

    /// "farmers armed with machetes attacked a camp": ACLED codes villagers who fight as a communal militia;
    /// "residents assaulted a man", with no weapon or armed group in the lead, as rioters (mob violence).
    /// Returns whether a community word before the trigger gave actor1.
    private func setCrowd(in scene: RoleScene, _ roles: inout ActorRoles) -> Bool {
        let (type, trigger, tokens, analysis, lead, inLead) = (scene.type, scene.trigger, scene.tokens, scene.analysis, scene.lead, scene.inLead)
        guard [.attack, .armedClash, .lootingPropertyDestruction, .abductionForcedDisappearance].contains(type),
            let community = analysis.cues.first(where: {
                $0.kind == .community && lead.contains($0.tokens.lowerBound) && $0.tokens.upperBound <= trigger.tokens.lowerBound
                    && !(($0.tokens.upperBound..<trigger.tokens.lowerBound).contains { ["was", "were"].contains(tokens[$0].norm) })
            })
        else { return false }
        let weapons = analysis.weapons.contains { lead.contains($0.tokens.lowerBound) && $0.isArmed }
        // The state's forces in the lead are whom the crowd fights or who respond to it, not the crowd's arms.
        let othersArmed = inLead.contains { $0.isArmed && $0.inter != .stateForces }
        let armedLead = othersArmed || weapons || inLead.contains { $0.inter == .rioters }
        // "villagers clashed with police": unarmed people who fight the state's forces, and no one else armed, riot.
        let fightsTheState = type == .armedClash && !weapons && !othersArmed && inLead.contains { $0.inter == .stateForces }
        // "locals set fire to a truck": a crowd that destroys property riots too.
        let crowdAct = type == .attack || type == .lootingPropertyDestruction
        if !fightsTheState, armedLead || !crowdAct || !FactualityFilter.isCrowdSubject(community, of: trigger, tokens) {
            roles.actor1 = ActorMention.filling("Unidentified Communal Militia ({country})", country: scene.country)
            roles.inter1 = .identityMilitias
        } else {
            roles.actor1 = ActorMention.filling("Rioters ({country})", country: scene.country)
            roles.inter1 = .rioters
        }
        roles.actor1Tokens = community.tokens
        return true
    }

    /// actor2: the security forces a protest met, the civilians violence targeted, the launcher of what
    /// was intercepted, else the marked target or the first actor after the trigger; never actor1 again
    /// nor the report's source.
    private func setActor2(in scene: RoleScene, _ roles: inout ActorRoles) {
        let (type, trigger, country, lead, inLead) = (scene.type, scene.trigger, scene.country, scene.lead, scene.inLead)
        let actor1 = articles.apply(to: roles.actor1)
        let targets = scene.actors.filter {
            articles.apply(to: $0.name(fallbackCountry: country)) != actor1 && !isSource($0, after: trigger, in: scene.analysis)
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
            if scene.isInterception,
                let launcher = inLead.first(where: { scene.isLauncher($0) && articles.apply(to: $0.name(fallbackCountry: country)) != actor1 })
            {
                set2(&roles, launcher, country)
            } else if scene.isInterception, let state = launchingState(after: trigger, lead: lead, actor1: actor1, in: scene.analysis) {
                roles.actor2 = "Military Forces of \(state.value.name)"
                roles.inter2 = .stateForces
                roles.actor2Tokens = state.tokens
            } else if let target {
                set2(&roles, target, country)
            }
        }
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
        return analysis.cues.contains { $0.kind.isReporting && $0.tokens.lowerBound == end }
    }

    /// "police said", "the army's spokesman told", "according to the police": the actor who reports.
    private func isReporter(_ m: ActorMention, in analysis: DocumentAnalysis) -> Bool {
        let tokens = analysis.text.tokens
        let after = m.tokens.upperBound
        if let cue = analysis.cues.first(where: {
            $0.kind.isReporting && $0.tokens.lowerBound >= after && $0.tokens.lowerBound - after <= Self.reporterReach
        }), !(after..<cue.tokens.lowerBound).contains(where: { [",", ";", "."].contains(tokens[$0].norm) }),
            !analysis.actors.contains(where: { $0.tokens.lowerBound >= after && $0.tokens.lowerBound < cue.tokens.lowerBound })
        {
            // "… said on its Telegram channel that it carried out": a claim about itself, not a report.
            return !Self.speaksOfItself(after: cue, tokens: tokens)
        }
        return analysis.cues.contains {
            $0.kind.isReporting && $0.tokens.upperBound <= m.tokens.lowerBound && m.tokens.lowerBound - $0.tokens.upperBound <= 2
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
            guard cue.kind.isReporting, range.contains(cue.tokens.lowerBound), group.owns(cue.tokens.lowerBound, in: analysis) else {
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
