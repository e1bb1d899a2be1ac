import VigilModel

/// Builds a canonical event from the reports of one event, by explicit rules:
///
/// - date: the most precise time precision wins; then the date most reports give; then the earliest;
/// - place: the most precise geo precision wins; then the place most reports give; then by name;
/// - fatalities and injuries: the lowest well-sourced figure (ACLED's rule), where a figure is
///   well-sourced when a report that is not a claim gives it; the others are kept as alternatives;
/// - claimed: a confirmed report upgrades a claim, so the event is a claim only when every report is;
/// - attack count: the highest (the most detailed report);
/// - type, actors, weapon, target: the value most reports give (weighted by confidence; named actors
///   before "Unidentified …"), ties broken alphabetically;
/// - confidence: 1 − Π(1 − confidence) over the reports.
public enum EventReconciler {
    /// The canonical event of `reports` (at least one).
    public static func canonical(from reports: [LinkReport]) -> CanonicalEvent {
        let sorted = reports.sorted { $0.id < $1.id }
        let events = sorted.map(\.event)
        let id = CanonicalEvent.id(forReports: events.map(\.eventID))
        var fields: [FieldSupport] = []
        var event = events[0]
        event.eventID = id

        // Date: precision, then support, then earliest.
        let bestTime = events.map(\.timePrecision).min() ?? .day
        let date = choose(events, field: "event_date", rule: "most precise date, then most reported", value: { $0.eventDate.description }) {
            $0.timePrecision == bestTime
        } order: { $0 < $1 }
        fields.append(date.support)
        if let chosen = date.event {
            event.eventDate = chosen.eventDate
            event.timePrecision = chosen.timePrecision
        }

        // Place: geo precision, then support, then name.
        let placed = events.filter { $0.place != nil }
        if let bestGeo = placed.compactMap(\.geoPrecision).min() {
            let place = choose(placed, field: "location", rule: "most precise place, then most reported", value: placeKey) {
                $0.geoPrecision == bestGeo
            } order: { $0 < $1 }
            fields.append(place.support)
            event.place = place.event?.place
        }

        // Type and actors: weighted votes.
        let type = vote(events, field: "sub_event_type") { $0.subEventType.rawValue }
        fields.append(type.support)
        if let chosen = type.event { event.subEventType = chosen.subEventType }
        for side in [ActorSide.perpetrator, .target] {
            let named = events.filter { !ReportProfile.actorKey(side.name(of: $0)).isEmpty }
            let actor = vote(named.isEmpty ? events : named, field: side.field) { side.name(of: $0) }
            fields.append(actor.support)
            if let chosen = actor.event { side.copy(from: chosen, to: &event) }
        }
        for (field, path) in [("weapon", \Event.weapon), ("target", \Event.target)] {
            let given = events.filter { $0[keyPath: path] != nil }
            guard !given.isEmpty else { continue }
            let choice = vote(given, field: field) { $0[keyPath: path] ?? "" }
            fields.append(choice.support)
            event[keyPath: path] = choice.event?[keyPath: path]
        }
        let civilian = vote(events, field: "civilian_targeting") { $0.civilianTargeting ? Event.civilianTargetingLabel : "" }
        event.civilianTargeting = civilian.event?.civilianTargeting ?? false

        // Casualties: the lowest well-sourced figure.
        let fatalities = lowestWellSourced(events, field: "fatalities") { event in
            event.fatalities > 0 || event.evidence.contains { $0.field == "fatalities" } ? event.fatalities : nil
        }
        event.fatalities = fatalities.value ?? 0
        if let support = fatalities.support { fields.append(support) }
        let injuries = lowestWellSourced(events, field: "injuries") { $0.injuries }
        event.injuries = injuries.value
        if let support = injuries.support { fields.append(support) }

        event.attackCount = events.map(\.attackCount).max() ?? 1
        fields.append(supportByValue(events, field: "attack_count", rule: "highest count (the most detailed report)") {
            String($0.attackCount)
        } chosen: { $0 == String(event.attackCount) })

        // Claims: a confirmation upgrades a claim.
        event.claimed = events.allSatisfy(\.claimed)
        fields.append(supportByValue(events, field: "claimed", rule: "a confirmed report upgrades a claim") {
            String($0.claimed)
        } chosen: { $0 == String(event.claimed) })
        let claims = events.filter { $0.claimedBy != nil }
        event.claimedBy = claims.isEmpty ? nil : vote(claims, field: "claimed_by") { $0.claimedBy ?? "" }.event?.claimedBy

        event.confidence = 1 - events.reduce(1.0) { $0 * (1 - min(max($1.confidence, 0), 1)) }
        var notes = Set(events.flatMap(\.notes))
        for support in fields where !support.alternatives.isEmpty {
            let others = support.alternatives.map { "\($0.value) (\($0.documents.joined(separator: ", ")))" }
            notes.insert("\(support.field): \(support.chosen.value) by \(support.rule); sources also say \(others.joined(separator: "; "))")
        }
        event.notes = notes.sorted()
        return CanonicalEvent(
            id: id, event: event, reportIDs: events.map(\.eventID), documentIDs: Array(Set(events.map(\.docID))).sorted(),
            fields: fields)
    }

    // MARK: Rules

    /// The value most reports give among those passing `eligible`, ties broken by `order`.
    private static func choose(
        _ events: [Event], field: String, rule: String, value: (Event) -> String, eligible: (Event) -> Bool,
        order: (String, String) -> Bool
    ) -> (event: Event?, support: FieldSupport) {
        let groups = grouped(events, value: value)
        let best = groups.filter { $0.events.contains(where: eligible) }.sorted {
            $0.events.count != $1.events.count ? $0.events.count > $1.events.count : order($0.value, $1.value)
        }.first
        return (best?.events.first, support(field: field, rule: rule, groups: groups, chosen: best?.value))
    }

    /// The value with the highest total confidence, ties broken alphabetically.
    private static func vote(_ events: [Event], field: String, value: (Event) -> String) -> (event: Event?, support: FieldSupport) {
        let groups = grouped(events, value: value)
        func weight(_ group: Group) -> Double { group.events.reduce(0) { $0 + max($1.confidence, 0.01) } }
        let best = groups.sorted {
            let (w0, w1) = (weight($0), weight($1))
            return w0 != w1 ? w0 > w1 : $0.value < $1.value
        }.first
        return (best?.events.first, support(field: field, rule: "most reported (weighted by confidence)", groups: groups, chosen: best?.value))
    }

    /// The lowest figure given by a report that is not a claim; the lowest claimed figure when only
    /// claims give one; nil when no report gives a figure.
    private static func lowestWellSourced(
        _ events: [Event], field: String, figure: (Event) -> Int?
    ) -> (value: Int?, support: FieldSupport?) {
        let given = events.filter { figure($0) != nil }
        guard !given.isEmpty else { return (nil, nil) }
        let confirmed = given.filter { !$0.claimed }
        let pool = confirmed.isEmpty ? given : confirmed
        let lowest = pool.compactMap(figure).min()
        let groups = grouped(given) { String(figure($0) ?? 0) }
        let rule = confirmed.isEmpty ? "lowest figure (only claims give one)" : "lowest well-sourced figure"
        return (lowest, support(field: field, rule: rule, groups: groups, chosen: lowest.map(String.init)))
    }

    private static func supportByValue(
        _ events: [Event], field: String, rule: String, value: (Event) -> String, chosen: (String) -> Bool
    ) -> FieldSupport {
        let groups = grouped(events, value: value)
        return support(field: field, rule: rule, groups: groups, chosen: groups.first { chosen($0.value) }?.value)
    }

    // MARK: Helpers

    private struct Group {
        let value: String
        var events: [Event]
    }

    private static func grouped(_ events: [Event], value: (Event) -> String) -> [Group] {
        var groups: [Group] = []
        var index: [String: Int] = [:]
        for event in events {
            let key = value(event)
            if let i = index[key] {
                groups[i].events.append(event)
            } else {
                index[key] = groups.count
                groups.append(Group(value: key, events: [event]))
            }
        }
        return groups
    }

    private static func support(field: String, rule: String, groups: [Group], chosen: String?) -> FieldSupport {
        func value(_ group: Group) -> FieldSupport.Value {
            FieldSupport.Value(
                value: group.value, reports: group.events.map(\.eventID),
                documents: Array(Set(group.events.map(\.docID))).sorted())
        }
        let picked = groups.first { $0.value == chosen }.map(value) ?? FieldSupport.Value(value: chosen ?? "", reports: [], documents: [])
        let others = groups.filter { $0.value != chosen }
            .sorted { $0.events.count != $1.events.count ? $0.events.count > $1.events.count : $0.value < $1.value }
            .map(value)
        return FieldSupport(field: field, chosen: picked, alternatives: others, rule: rule)
    }

    private static func placeKey(_ event: Event) -> String {
        [event.location, event.admin1, event.country].filter { !$0.isEmpty }.joined(separator: ", ")
    }
}
