import VigilModel

/// Decides whether two reports may be the same event, and how alike they are.
///
/// Blocking rules come first (different sources' separate reports, day window, distance, type,
/// swapped roles); a pair that passes gets a weighted score over date, place, type, actors, weapon,
/// casualties and the words of the evidence sentences.
public struct LinkScorer: Sendable {
    /// The settings: limits, weights and threshold.
    public let settings: LinkSettings

    /// A scorer with `settings`.
    public init(settings: LinkSettings = .standard) {
        self.settings = settings
    }

    /// The verdict on two reports.
    public func assess(_ a: LinkReport, _ b: LinkReport) -> LinkVerdict {
        assess(ReportProfile(a), ReportProfile(b))
    }

    func assess(_ a: ReportProfile, _ b: ReportProfile) -> LinkVerdict {
        if a.docID == b.docID, !restates(a, b), !restates(b, a) { return .blocked(.sameSource) }
        let days = abs(a.day - b.day)
        guard days <= settings.dayWindow(a.precision, b.precision) else { return .blocked(.dates) }
        guard let type = SubEventCompatibility.agreement(a.subEventType, b.subEventType) else { return .blocked(.types) }
        guard let place = placeAgreement(a, b) else { return .blocked(.places) }
        if reversed(a, b) || reversed(b, a) { return .blocked(.reversedRoles) }
        let date: Double =
            days == 0 ? 1 : (a.precision == .day && b.precision == .day ? 0.3 : 0.6)
        return .scored(
            LinkScore(
                date: date, place: place, type: type, actors: actorAgreement(a, b), weapon: weaponAgreement(a, b),
                casualties: casualtyAgreement(a, b), text: textAgreement(a, b), weights: settings.weights))
    }

    /// Whether `summary` restates `detail` of the same document: the same kind of event on the same
    /// day by the same perpetrator, placed only to the province or district that holds `detail`'s
    /// place ("drones hit Tal Baydar … in Hasakah province" read as two events). Anything else one
    /// source reports twice is two events.
    private func restates(_ summary: ReportProfile, _ detail: ReportProfile) -> Bool {
        guard summary.subEventType == detail.subEventType, summary.day == detail.day,
            summary.perpetrator.isEmpty || summary.perpetrator == detail.perpetrator
        else { return false }
        switch (summary.placeLevel, detail.placeLevel) {
        case (.province, .point), (.province, .district): return !summary.admin1.isEmpty && summary.admin1 == detail.admin1
        case (.district, .point): return !summary.admin2.isEmpty && summary.admin2 == detail.admin2
        default: return false
        }
    }

    /// 1 within 2 km, falling to 0.3 at the distance limit; 0.6 in the same district and 0.5 in the
    /// same province when one side is only known to the district or province, 0.35 in the same
    /// country when it is not placed more finely; nil when apart.
    private func placeAgreement(_ a: ReportProfile, _ b: ReportProfile) -> Double? {
        if let lat1 = a.latitude, let lon1 = a.longitude, let lat2 = b.latitude, let lon2 = b.longitude,
            a.geoPrecision != nil, b.geoPrecision != nil
        {
            if a.placeLevel == .province || b.placeLevel == .province {
                if !a.admin1.isEmpty, !b.admin1.isEmpty { return a.admin1 == b.admin1 ? 0.5 : nil }
                return a.country == b.country ? 0.35 : nil
            }
            if a.placeLevel == .district || b.placeLevel == .district, !a.admin2.isEmpty, a.admin2 == b.admin2,
                a.admin1 == b.admin1
            {
                return 0.6
            }
            let distance = GreatCircle.kilometres(lat1, lon1, lat2, lon2)
            let limit = settings.maximumDistanceKilometres
            guard distance <= limit else { return nil }
            return distance <= 2 ? 1 : 1 - 0.7 * (distance - 2) / max(limit - 2, 1)
        }
        if !a.country.isEmpty, !b.country.isEmpty { return a.country == b.country ? 0.35 : nil }
        return 0.25
    }

    /// Whether `a`'s named perpetrator is `b`'s target while another named actor strikes in `b`: a
    /// retaliation. Battles are exempt: each side of a clash reports itself as the one who fought back.
    private func reversed(_ a: ReportProfile, _ b: ReportProfile) -> Bool {
        guard a.subEventType.eventType != .battles || b.subEventType.eventType != .battles else { return false }
        return !a.perpetrator.isEmpty && !b.perpetrator.isEmpty && a.perpetrator == b.victim
            && a.perpetrator != b.perpetrator
    }

    /// Perpetrators weigh 0.7, targets 0.3; a named side agreeing counts 1, appearing elsewhere in
    /// the other report or named without its country by one ("Police Forces" and "Police Forces of
    /// Georgia") 0.7, an unnamed side 0.5, two different names 0.
    private func actorAgreement(_ a: ReportProfile, _ b: ReportProfile) -> Double {
        func side(_ x: String, _ y: String, _ others: Set<String>, _ otherX: Set<String>) -> Double {
            if x.isEmpty || y.isEmpty { return 0.5 }
            if x == y { return 1 }
            return others.contains(x) || otherX.contains(y) || unspecified(x, y) || unspecified(y, x) ? 0.7 : 0
        }
        return 0.7 * side(a.perpetrator, b.perpetrator, b.namedActors, a.namedActors)
            + 0.3 * side(a.victim, b.victim, b.namedActors, a.namedActors)
    }

    /// Whether `general` is `specific` without its country ("police forces", "police forces of georgia").
    private func unspecified(_ general: String, _ specific: String) -> Bool {
        specific.hasPrefix(general + " of ")
    }

    /// The families' agreement, with a penalty (−1) when both name unrelated weapons (a drone and
    /// rockets are two attacks); 0.5 when one does not say.
    private func weaponAgreement(_ a: ReportProfile, _ b: ReportProfile) -> Double {
        guard let x = a.weapon, let y = b.weapon else { return 0.5 }
        let agreement = x.agreement(with: y)
        return agreement == 0 ? -1 : agreement
    }

    /// 1 for the same figure, 0.7 within a factor of two, 0.3 otherwise (tolls differ between
    /// sources), 0.5 when one does not say.
    private func casualtyAgreement(_ a: ReportProfile, _ b: ReportProfile) -> Double {
        guard let x = a.fatalities, let y = b.fatalities else { return 0.5 }
        if x == y { return 1 }
        return Double(min(x, y)) * 2 >= Double(max(x, y)) ? 0.7 : 0.3
    }

    /// Jaccard similarity of the content words, scaled so that sharing 40% of the words counts fully
    /// (different outlets' words overlap little even for one event).
    private func textAgreement(_ a: ReportProfile, _ b: ReportProfile) -> Double {
        guard !a.words.isEmpty, !b.words.isEmpty else { return 0 }
        let shared = a.words.intersection(b.words).count
        let jaccard = Double(shared) / Double(a.words.count + b.words.count - shared)
        return min(1, jaccard * 2.5)
    }
}
