import VigilModel
import VigilText

/// Turns a document's annotations into ACLED events: groups, type, place, actors, date, figures, evidence.
struct EventAssembler: Sendable {
    /// Sub-event types ACLED codes without fatalities: deaths a note mentions there are a cause,
    /// a discovery or another event ("protested the killing of a driver", "bodies were found").
    static let withoutFatalities: Set<SubEventType> = [
        .peacefulProtest, .protestWithIntervention, .abductionForcedDisappearance, .lootingPropertyDestruction,
        .agreement, .arrests, .changeToGroupActivity, .headquartersOrBaseEstablished, .nonViolentTransferOfTerritory, .other,
    ]

    /// How many tokens may separate a cause word from the violence it introduces ("justice for a girl who was raped").
    static let causeReach = 6
    /// First words of the cause cues that name those who suffered violence ("victims of", "families of").
    static let sufferers: Set<String> = ["victims", "families", "relatives", "survivors", "mothers", "family"]
    /// How many tokens may separate a trigger from the armed group it acts upon ("attacked a group of armed bandits").
    static let objectReach = 4

    let triggers: TriggerRecognizer
    let decider: SubEventDecider
    let modelDetector: ModelDetector
    /// Drops groups the semantic model reads as no event (none without the model).
    let nonEvents: NonEventFilter?
    let factuality = FactualityFilter()
    let grouper = EventGrouper()
    let roleAssigner: ActorRoleAssigner
    let placeChooser = PlaceChooser()
    let splitter: TargetSplitter

    /// The events of the document; sentences in `excluded` (tallies) are not read.
    func events(in analysis: DocumentAnalysis, excluded: Set<Int>) -> [Event] {
        var bySentence: [Int: [Trigger]] = [:]
        var skipped = excluded
        for index in analysis.text.sentences.indices where !analysis.text.sentences[index].isRepeat && !excluded.contains(index) {
            let raw = triggers.triggers(inSentence: index, of: analysis.text)
            let kept = factuality.factual(raw, sentence: index, in: analysis)
            if kept.isEmpty, !raw.isEmpty,
                analysis.cues(inSentence: index).contains(where: { [.background, .condemnation, .denial].contains($0.kind) })
            {
                skipped.insert(index)
            }
            if !kept.isEmpty { bySentence[index] = kept }
        }
        // A headline that names no place but a country announces what the body tells ("Tear gas, water cannon and a
        // quiet march: Kenya's cost-of-living protests"): its words make no event of their own when the body has one.
        if let headline = DatelineDetector.headline(of: analysis.text), bySentence.keys.contains(where: { $0 != headline }),
            !analysis.inSentence(analysis.places, headline, tokens: \.tokens).contains(where: { $0.kind != .country })
        {
            bySentence[headline] = nil
        }
        if bySentence.isEmpty, let trigger = modelDetector.trigger(in: analysis, excluded: skipped) {
            bySentence[trigger.sentence] = [trigger]
        }
        var events: [Event] = []
        var fromHeadline = 0..<0
        let headline = DatelineDetector.headline(of: analysis.text)
        for group in grouper.groups(triggersBySentence: bySentence, excluded: skipped, in: analysis)
        where nonEvents?.isEvent(group, in: analysis) ?? true {
            let made = assemble(group, in: analysis, firstIndex: events.count, previous: events.last)
            if group.lead == headline, group.sentences.count == 1 { fromHeadline = events.count..<(events.count + made.count) }
            events += made
        }
        Self.dropHeadlineRepeats(&events, fromHeadline: fromHeadline, document: analysis.document.id)
        ConfirmationReading().apply(to: &events, in: analysis)
        return events
    }

    /// "Pakistan: reporter taken into custody in Quetta / QUETTA, May 13 – Police in Quetta took a local television
    /// reporter into custody on Tuesday …": a headline's event that the body tells again (same sub-event type and
    /// place) is the body's, which gives its day; the events are numbered again.
    static func dropHeadlineRepeats(_ events: inout [Event], fromHeadline: Range<Int>, document: String) {
        guard !fromHeadline.isEmpty else { return }
        let body = events.indices.filter { !fromHeadline.contains($0) }
        let repeats = fromHeadline.filter { k in
            body.contains { events[$0].subEventType == events[k].subEventType && events[$0].location == events[k].location }
        }
        guard !repeats.isEmpty else { return }
        events = events.indices.filter { !repeats.contains($0) }.map { events[$0] }
        number(&events, document: document)
    }

    /// Numbers a document's events again in order (`document`-1, -2, …), after some were left out.
    static func number(_ events: inout [Event], document: String) {
        for k in events.indices { events[k].eventID = "\(document)-\(k + 1)" }
    }

    private func assemble(_ group: EventGroup, in analysis: DocumentAnalysis, firstIndex: Int, previous: Event?) -> [Event] {
        let range = group.tokenRange(in: analysis)
        let leadTriggers = group.triggers.filter { $0.sentence == group.lead }
        let armedLead = analysis.inSentence(analysis.actors, group.lead, tokens: \.tokens).contains {
            $0.isArmed && $0.inter != .stateForces && !$0.isAssociate && group.owns($0.tokens.lowerBound, in: analysis)
        }
        let causes = group.triggers.filter { isProtestCause($0, of: group, in: analysis) }
        guard case (var type, let confidence, var trigger)? = decider.decide(
            triggers: group.triggers.filter { t in !causes.contains { $0.tokens == t.tokens } }, leadSentence: group.lead,
            tokens: analysis.text.tokens[range], lead: analysis.text.tokens[group.leadWindow(in: analysis)],
            armedLead: armedLead, causes: Set(causes.map(\.subEventType)))
        else { return [] }
        if let leadTrigger = leadTriggers.filter({ $0.subEventType == type }).max(by: { $0.weight < $1.weight }) {
            trigger = leadTrigger
        }

        let candidates = placeChooser.candidates(in: group, of: analysis)
        let targets = splitter.split(group, type: type, candidates: candidates, in: analysis)
        let place = targets?.first?.place ?? placeChooser.choose(for: group, in: analysis)
        let country = place?.place.country

        var roles: ActorRoles
        (type, trigger, roles) = refine(type, trigger, group: group, leadTriggers: leadTriggers, country: country, in: analysis)
        let inherited = namePerpetrator(&roles, trigger: trigger, type: type, previous: previous, country: country, in: analysis)
        let (day, precision, dateTokens) = date(for: group, in: analysis)
        var figures = Figures(group: group, analysis: analysis)
        if Self.withoutFatalities.contains(type) || deathIsTheCause(figures, of: trigger, type: type, in: analysis) {
            (figures.fatalities, figures.fatalityTokens) = (0, nil)
        }
        let weapon = analysis.weapons.first {
            analysis.text.sentences[group.lead].tokens.contains($0.tokens.lowerBound) && group.owns($0.tokens.lowerBound, in: analysis)
        } ?? analysis.weapons.first { range.contains($0.tokens.lowerBound) && group.owns($0.tokens.lowerBound, in: analysis) }
        let claim = analysis.cues.first {
            $0.kind == .claim && range.contains($0.tokens.lowerBound) && group.owns($0.tokens.lowerBound, in: analysis)
        }

        var evidence: [Evidence] = [analysis.evidence("sub_event_type", trigger.tokens)]
        if let dateTokens { evidence.append(analysis.evidence("event_date", dateTokens)) }
        if let t = roles.actor1Tokens { evidence.append(analysis.evidence("actor1", t)) }
        if let inherited, let said = inherited.evidence.first(where: { $0.field == "actor1" }) { evidence.append(said) }
        if let t = roles.assoc1Tokens { evidence.append(analysis.evidence("assoc_actor_1", t)) }
        if let t = roles.actor2Tokens { evidence.append(analysis.evidence("actor2", t)) }
        if let t = figures.fatalityTokens { evidence.append(analysis.evidence("fatalities", t)) }
        if let t = figures.injuryTokens { evidence.append(analysis.evidence("injuries", t)) }
        if let weapon { evidence.append(analysis.evidence("weapon", weapon.tokens)) }
        let selfReport = claim == nil ? roleAssigner.selfReport(by: roles, in: group, of: analysis) : nil
        if let claimTokens = claim?.tokens ?? selfReport { evidence.append(analysis.evidence("claimed", claimTokens)) }
        let claimed = claim != nil || selfReport != nil

        let base = Event(
            docID: analysis.document.id, eventID: "", eventDate: day, timePrecision: precision, subEventType: type,
            actor1: roles.actor1, assocActor1: roles.assoc1, actor2: roles.actor2, inter1: roles.inter1, inter2: roles.inter2,
            civilianTargeting: roles.inter2 == .civilians && type.eventType != .protests && type.eventType != .strategicDevelopments,
            fatalities: figures.fatalities, injuries: figures.injuries, attackCount: figures.attacks?.value ?? 1,
            weapon: weapon?.weapon, claimed: claimed, claimedBy: claimed && !roles.actor1.isEmpty ? roles.actor1 : nil,
            confidence: confidence, evidence: evidence)

        guard let targets else {
            return [placed(base, at: place, attacks: figures.attacks?.value ?? 1, countTokens: figures.attacks?.tokens, id: "\(analysis.document.id)-\(firstIndex + 1)", in: analysis)]
        }
        let sharing = FigureSharing(), places = targets.map(\.place)
        let dead = sharing.shares(of: figures.fatalities, tokens: figures.fatalityTokens, places: places, in: analysis)
        let wounded = figures.injuries.map { sharing.shares(of: $0, tokens: figures.injuryTokens, places: places, in: analysis) }
        return targets.enumerated().map { k, target in
            var event = placed(base, at: target.place, attacks: target.attackCount, countTokens: target.countTokens, id: "\(analysis.document.id)-\(firstIndex + k + 1)", in: analysis)
            event.fatalities = dead[k]
            event.injuries = wounded?[k]
            event.evidence.removeAll { ($0.field == "fatalities" && dead[k] == 0) || ($0.field == "injuries" && wounded?[k] == 0) }
            return event
        }
    }

    /// One event of a report at one of its places, with that place's attacks.
    private func placed(
        _ base: Event, at mention: PlaceMention?, attacks: Int, countTokens: Range<Int>?, id: String, in analysis: DocumentAnalysis
    ) -> Event {
        var event = base
        event.eventID = id
        event.attackCount = attacks
        if let countTokens { event.evidence.append(analysis.evidence("attack_count", countTokens)) }
        if let mention {
            event.place = mention.place
            event.notes = mention.notes
            event.evidence.append(Evidence(field: "location", start: mention.start, end: mention.end, text: analysis.text.slice(mention.start, mention.end)))
        }
        return event
    }

    /// Names an unnamed perpetrator: the armed group that claims the attack, else the named actor of the event of
    /// the same sub-event type told just before (returned, so its words serve as evidence).
    private func namePerpetrator(
        _ roles: inout ActorRoles, trigger: Trigger, type: SubEventType, previous: Event?, country: String?,
        in analysis: DocumentAnalysis
    ) -> Event? {
        if let claimant = responsibilityClaimant(replacing: roles, in: analysis) {
            roles.actor1 = claimant.name(fallbackCountry: country)
            roles.inter1 = claimant.inter
            roles.actor1Tokens = claimant.tokens
        }
        let inherited = Self.sameAttacker(as: previous, unnamed: roles.actor1Tokens == nil || roles.actor1Tokens == trigger.tokens, type: type)
        if let inherited {
            roles.actor1 = inherited.actor1
            roles.inter1 = inherited.inter1
            roles.actor1Tokens = nil
        }
        return inherited
    }

    /// The sub-event type and actors once it is known who acted on whom: an abduction that kills is an attack, an
    /// attack on armed men a clash, a crowd's violence a riot, force against a demonstration excessive, territory
    /// taken by the state's own forces regained.
    private func refine(
        _ type: SubEventType, _ trigger: Trigger, group: EventGroup, leadTriggers: [Trigger], country: String?,
        in analysis: DocumentAnalysis
    ) -> (SubEventType, Trigger, ActorRoles) {
        var type = type, trigger = trigger
        // "abducted a village chief and later killed him": an abduction that kills is an attack (ACLED codes the killing).
        if type == .abductionForcedDisappearance, Figures(group: group, analysis: analysis).fatalities > 0 { type = .attack }
        var roles = roleAssigner.roles(for: group, type: type, trigger: trigger, country: country, in: analysis)
        if type == .attack, armedTargetExists(group, trigger, roles, country, analysis) {
            type = .armedClash
            roles = roleAssigner.roles(for: group, type: type, trigger: trigger, country: country, in: analysis)
        } else if type == .armedClash, roles.inter2 == .civilians || roles.actor2.isEmpty && civilianVictim(group, trigger, analysis),
            !group.triggers.contains(where: \.isMutual),
            !armedTargetExists(group, trigger, roles, country, analysis)
        {
            type = .attack
            roles = roleAssigner.roles(for: group, type: type, trigger: trigger, country: country, in: analysis)
        } else if type == .armedClash, trigger.isStandoff, roles.actor2.isEmpty,
            !group.triggers.contains(where: { $0.isMutual || $0.isCloseRange })
        {
            // "Border guards targeted villages with machine guns": a weapon also fired from afar, with no one
            // named firing back, is a shelling, not a clash.
            type = .shellingArtilleryMissileAttack
            trigger = leadTriggers.first { $0.subEventType == .shellingArtilleryMissileAttack } ?? trigger
            roles = roleAssigner.roles(for: group, type: type, trigger: trigger, country: country, in: analysis)
        }
        // A crowd that fights, attacks or burns riots: against the police or the state, when a word names a
        // demonstration, it demonstrates violently; without one it is a mob ("a mob attacked a police post").
        // "a clash between two groups of villagers": with no one named before it, the crowd after it fought.
        let crowdFight = type == .armedClash && roles.inter2 == .rioters && roles.actor1Tokens == trigger.tokens
        if [.attack, .armedClash, .lootingPropertyDestruction].contains(type), roles.inter1 == .rioters || crowdFight {
            let demonstration = group.triggers.contains { $0.protestRole != nil }
            type = roles.inter2 == .stateForces && demonstration ? .violentDemonstration : .mobViolence
            if crowdFight { roles = roleAssigner.roles(for: group, type: type, trigger: trigger, country: country, in: analysis) }
        }
        // "Gunmen attacked protesters": ACLED codes lethal force against a demonstration, by whoever uses it, as
        // excessive force, and a crowd that attacks one as mob violence.
        if type.eventType == .protests, type != .violentDemonstration, let onProtest = leadTriggers.first(where: \.isOnProtest) {
            let attackers = roleAssigner.roles(for: group, type: .attack, trigger: onProtest, country: country, in: analysis)
            if attackers.actor1Tokens != onProtest.tokens, attackers.inter1 == .rioters {
                type = .mobViolence
            } else if group.triggers.contains(where: { $0.sentence == group.lead && $0.isLethal })
                || Figures(group: group, analysis: analysis).fatalities > 0
            {
                type = .excessiveForceAgainstProtesters
            }
            roles = roleAssigner.roles(for: group, type: type, trigger: onProtest, country: country, in: analysis)
        }
        // Territory changes hands: the government regains it, or a non-state actor or a foreign state takes it.
        if type == .governmentRegainsTerritory || type == .nonStateActorOvertakesTerritory, roles.inter1 != .none {
            let ownForces = roles.inter1 == .stateForces && (country.map { roles.actor1.hasSuffix(" of \($0)") || !roles.actor1.contains(" of ") } ?? true)
            type = ownForces ? .governmentRegainsTerritory : .nonStateActorOvertakesTerritory
        }

        return (type, trigger, roles)
    }

    /// "Russian forces shelled Nikopol six times on Tuesday … Artillery also struck Marhanets three times": an
    /// event the text names no actor for, told right after an event of the same sub-event type by a named actor,
    /// is that actor's (a bomb after an air strike is not: it may be anyone's). A state force's shelling and air
    /// or drone strikes go together: "Artillery also struck Marhanets … A kamikaze drone hit a farm building in Myrove".
    static func sameAttacker(as previous: Event?, unnamed: Bool, type: SubEventType) -> Event? {
        let fromAfar: Set<SubEventType> = [.shellingArtilleryMissileAttack, .airDroneStrike]
        guard unnamed, let previous, !previous.actor1.isEmpty, !previous.actor1.hasPrefix("Unidentified"),
            previous.subEventType == type
                || previous.inter1 == .stateForces && fromAfar.contains(type) && fromAfar.contains(previous.subEventType)
        else { return nil }
        return previous
    }

    /// "Angry residents set fire to two vehicles … after a moto-taxi driver was found dead": a death told after
    /// "after" that follows a riot's or a demonstration's words is why it happened, not one of its fatalities.
    private func deathIsTheCause(_ figures: Figures, of trigger: Trigger, type: SubEventType, in analysis: DocumentAnalysis) -> Bool {
        guard type.eventType == .riots || type.eventType == .protests, let deaths = figures.fatalityTokens else { return false }
        let sentence = analysis.sentenceOfToken[deaths.lowerBound]
        guard sentence == trigger.sentence else { return false }
        return analysis.cues(inSentence: sentence).contains {
            $0.kind == .sequel && $0.tokens.lowerBound >= trigger.tokens.upperBound && $0.tokens.upperBound <= deaths.lowerBound
        }
    }

    /// "A remotely detonated bomb hit their convoy … Al-Shabaab … said … that its fighters had 'destroyed an
    /// apostate military vehicle' and claimed that ten soldiers were killed": an attack the text gives no
    /// perpetrator is the one armed group's that claims it, anywhere in the story (ACLED codes the claimant).
    /// Only when the perpetrator is unidentified, and only one named armed group of the text claims anything.
    private func responsibilityClaimant(replacing roles: ActorRoles, in analysis: DocumentAnalysis) -> ActorMention? {
        guard roles.inter1 == .rebelGroups, roles.actor1.hasPrefix("Unidentified Armed Group") else { return nil }
        var claimants: [String: ActorMention] = [:]
        for claim in analysis.cues where claim.kind == .claim {
            let sentence = analysis.sentenceOfToken[claim.tokens.lowerBound]
            let before = analysis.inSentence(analysis.actors, sentence, tokens: \.tokens)
                .filter { $0.tokens.upperBound <= claim.tokens.lowerBound }
            // The claim's subject: the sentence's first actor, a named armed group that is not the state's.
            guard let subject = before.first, subject.rank == 3, subject.isArmed, subject.inter != .stateForces,
                !subject.isAssociate
            else { continue }
            claimants[subject.template] = subject
        }
        return claimants.count == 1 ? claimants.values.first : nil
    }

    private func armedTargetExists(
        _ group: EventGroup, _ trigger: Trigger, _ roles: ActorRoles, _ country: String?, _ analysis: DocumentAnalysis
    ) -> Bool {
        let lead = analysis.text.sentences[group.lead].tokens
        return analysis.actors.contains {
            lead.contains($0.tokens.lowerBound) && group.owns($0.tokens.lowerBound, in: analysis) && $0.isArmed && !$0.isAssociate
                && !$0.isPassiveAgent && !isAlleged($0, analysis) && !roleAssigner.isSource($0, after: trigger, in: analysis)
                && ($0.isMarkedTarget || $0.tokens.lowerBound >= trigger.tokens.upperBound || isPassiveSubject($0, trigger, analysis))
                && roleAssigner.articles.apply(to: $0.name(fallbackCountry: country)) != roles.actor1
                && !(isAnaphoric($0, trigger) && roles.inter1 != .stateForces)
        } && roles.inter1 != .none && roles.inter1 != .civilians
    }

    /// "Students protested against the rape of a classmate", "traders demonstrated over the looting of their shops":
    /// violence named after a demonstration's words and a cause word in the lead sentence is what it protests against.
    private func isProtestCause(_ trigger: Trigger, of group: EventGroup, in analysis: DocumentAnalysis) -> Bool {
        guard trigger.sentence == group.lead, trigger.protestRole == nil, !trigger.isMutual,
            let protest = group.triggers.first(where: { $0.sentence == group.lead && $0.protestRole == .protest })
        else { return false }
        let tokens = analysis.text.tokens
        // "families of victims of enforced disappearance staged a protest": those who suffered the violence, named
        // before the demonstration's words, demonstrate; their suffering is its cause.
        if trigger.tokens.upperBound <= protest.tokens.lowerBound,
            analysis.cues.contains(where: { cue in
                cue.kind == .cause && Self.sufferers.contains(tokens[cue.tokens.lowerBound].norm)
                    && cue.tokens.upperBound <= trigger.tokens.lowerBound && trigger.tokens.lowerBound - cue.tokens.upperBound <= Self.causeReach
                    && !(cue.tokens.upperBound..<protest.tokens.lowerBound).contains { [";", "."].contains(tokens[$0].norm) }
            })
        {
            return true
        }
        return analysis.cues.contains { cue in
            (cue.kind == .cause || cue.kind == .condemnation || cue.kind == .target && tokens[cue.tokens.lowerBound].norm == "against")
                && cue.tokens.lowerBound >= protest.tokens.upperBound && cue.tokens.upperBound <= trigger.tokens.lowerBound
                && trigger.tokens.lowerBound - cue.tokens.upperBound <= Self.causeReach
                && !(cue.tokens.upperBound..<trigger.tokens.lowerBound).contains { [",", ";", ".", "and"].contains(tokens[$0].norm) }
        }
    }

    /// "JNIM militants attacked the village …, the assailants burned a bar": a generic armed group named away from
    /// the trigger, and not marked as its target, is the attackers named again.
    private func isAnaphoric(_ m: ActorMention, _ trigger: Trigger) -> Bool {
        m.template.hasPrefix("Unidentified Armed Group") && !m.isMarkedTarget && !isObject(m, of: trigger)
    }

    /// "a former soldier was killed by Taliban militants": a civilian, the passive subject of the lead's trigger, was the target.
    private func civilianVictim(_ group: EventGroup, _ trigger: Trigger, _ analysis: DocumentAnalysis) -> Bool {
        let lead = analysis.text.sentences[group.lead].tokens
        let attacks = group.triggers.filter { $0.sentence == group.lead && $0.subEventType == .attack }
        return analysis.actors.contains { m in
            lead.contains(m.tokens.lowerBound) && m.inter == .civilians
                && (isPassiveSubject(m, trigger, analysis) || attacks.contains { isPassiveSubject(m, $0, analysis) || isObject(m, of: $0) })
        }
    }

    /// "police killed a man": the actor right after an attack word was attacked.
    private func isObject(_ m: ActorMention, of trigger: Trigger) -> Bool {
        m.tokens.lowerBound >= trigger.tokens.upperBound && m.tokens.lowerBound - trigger.tokens.upperBound <= Self.objectReach
    }

    /// "killed a man mistaken for a militant": an armed role the victim only allegedly had.
    private func isAlleged(_ m: ActorMention, _ analysis: DocumentAnalysis) -> Bool {
        analysis.cues.contains {
            $0.kind == .alleged && $0.tokens.upperBound <= m.tokens.lowerBound && m.tokens.lowerBound - $0.tokens.upperBound <= 5
        }
    }

    /// "a soldier was found dead": the subject of a passive verb before the trigger was acted upon; so is the one
    /// right before a headline's reduced passive with its agent ("Police officer shot dead by unknown gunmen").
    private func isPassiveSubject(_ m: ActorMention, _ trigger: Trigger, _ analysis: DocumentAnalysis) -> Bool {
        let tokens = analysis.text.tokens
        if m.tokens.upperBound == trigger.tokens.lowerBound, trigger.tokens.upperBound < tokens.count,
            tokens[trigger.tokens.upperBound].norm == "by"
        {
            return true
        }
        return m.tokens.upperBound <= trigger.tokens.lowerBound && trigger.tokens.lowerBound - m.tokens.upperBound <= 4
            && (m.tokens.upperBound..<trigger.tokens.lowerBound).contains { ["was", "were"].contains(tokens[$0].norm) }
    }

    /// The event date: the lead sentence's date, else one in its details, else the last one before it,
    /// else the publication date (day precision when the event is in the lede, else week), else the
    /// reference day with month precision.
    private func date(for group: EventGroup, in analysis: DocumentAnalysis) -> (CalendarDay, TimePrecision, Range<Int>?) {
        if let date = group.date { return (date.day, date.precision, date.tokens) }
        for index in group.sentences {
            if let date = analysis.inSentence(analysis.dates, index, tokens: \.tokens).first(where: { $0.role == .point }) {
                return (date.day, date.precision, date.tokens)
            }
        }
        // A date stated earlier in the text ("On 2 May 2020, … The next sentence reports the event.").
        let leadStart = analysis.text.sentences[group.lead].tokens.lowerBound
        if let earlier = analysis.dates.last(where: { $0.role == .point && $0.tokens.upperBound <= leadStart }) {
            return (earlier.day, earlier.precision, earlier.tokens)
        }
        guard analysis.hasPublication else { return (analysis.reference, .month, nil) }
        let inLede = analysis.text.sentences[group.lead].paragraph == 0
        return (analysis.reference, inLede ? .day : .week, nil)
    }
}
