/// Merges reports of the same event from different sources into canonical events, incrementally.
///
/// Each new report is compared with the stored reports its ``CandidateIndex`` block holds; pairs
/// scoring at least the threshold (and reviewers' merges) connect reports into components, and only
/// the components new reports touch are grouped again (``ComponentClusterer``) and reconciled
/// (``EventReconciler``). A component's grouping depends only on its reports, so the same reports in
/// any order and in any batches give the same canonical events.
public struct EventLinker: Sendable {
    /// The settings in use.
    public var settings: LinkSettings { scorer.settings }

    private let scorer: LinkScorer
    private var constraints: ReviewConstraints
    /// The reviewers' merges, by report: the reports each one must stay with.
    private var partners: [String: [String]]
    private var index: CandidateIndex
    private var profiles: [ReportProfile] = []
    private var alive: [Bool] = []
    private var neighbours: [Set<Int>] = []
    private var handles: [String: Int] = [:]
    private var eventOfHandle: [Int: String] = [:]
    private var events: [String: CanonicalEvent] = [:]

    /// An empty linker that applies the reviewers' `decisions`.
    public init(settings: LinkSettings = .standard, decisions: [LinkDecision] = []) {
        scorer = LinkScorer(settings: settings)
        constraints = ReviewConstraints(decisions)
        partners = constraints.partners()
        index = CandidateIndex(settings: settings)
    }

    /// Every canonical event, by id.
    public var canonicalEvents: [CanonicalEvent] {
        events.keys.sorted().compactMap { events[$0] }
    }

    /// The canonical event that holds the report with this id.
    public func canonicalEvent(containing reportID: String) -> CanonicalEvent? {
        handles[reportID].flatMap { eventOfHandle[$0] }.flatMap { events[$0] }
    }

    /// Adds reports (a report whose id is already held replaces the old one) and returns the
    /// canonical events they now belong to, together with every event regrouped with them, by id.
    @discardableResult
    public mutating func add(_ reports: [LinkReport]) -> [CanonicalEvent] {
        var touched = Set<Int>()
        for report in reports.sorted(by: { $0.id < $1.id }) {
            if let old = handles[report.id] {
                if profiles[old].report == report { continue }
                touched.formUnion(retire(old))
            }
            touched.insert(insert(report))
        }
        return regroup(touched)
    }

    /// Applies a reviewer's decision on top of the earlier ones and returns the regrouped events.
    @discardableResult
    public mutating func record(_ decision: LinkDecision) -> [CanonicalEvent] {
        constraints.apply(decision)
        partners = constraints.partners()
        let present = decision.groups.flatMap { $0 }.compactMap { handles[$0] }
        if decision.kind == .merge {
            for a in present {
                for b in present where a != b {
                    neighbours[a].insert(b)
                }
            }
        }
        return regroup(Set(present))
    }

    // MARK: Internals

    private mutating func insert(_ report: LinkReport) -> Int {
        let profile = ReportProfile(report)
        let handle = profiles.count
        profiles.append(profile)
        alive.append(true)
        neighbours.append([])
        handles[report.id] = handle
        let threshold = scorer.settings.threshold
        for other in index.candidates(for: profile) where alive[other] {
            guard let score = scorer.assess(profile, profiles[other]).score, score.total >= threshold else { continue }
            neighbours[handle].insert(other)
            neighbours[other].insert(handle)
        }
        for partner in partners[report.id] ?? [] {
            guard let other = handles[partner], other != handle else { continue }
            neighbours[handle].insert(other)
            neighbours[other].insert(handle)
        }
        index.insert(profile, handle: handle)
        return handle
    }

    /// Takes a replaced report out, returning the reports that were connected to it.
    private mutating func retire(_ handle: Int) -> Set<Int> {
        alive[handle] = false
        let former = neighbours[handle]
        for other in former { neighbours[other].remove(handle) }
        neighbours[handle] = []
        if let id = eventOfHandle.removeValue(forKey: handle), let event = events.removeValue(forKey: id) {
            var members = former
            for reportID in event.reportIDs {
                if let other = handles[reportID], other != handle { members.insert(other) }
            }
            return members
        }
        return former
    }

    /// Groups again every component holding a touched report.
    private mutating func regroup(_ touched: Set<Int>) -> [CanonicalEvent] {
        let clusterer = ComponentClusterer(scorer: scorer, constraints: constraints)
        var seen = Set<Int>()
        var result: [CanonicalEvent] = []
        for start in touched.sorted() where alive[start] && !seen.contains(start) {
            var component: [Int] = []
            var stack = [start]
            seen.insert(start)
            while let handle = stack.popLast() {
                component.append(handle)
                for next in neighbours[handle] where alive[next] && seen.insert(next).inserted {
                    stack.append(next)
                }
            }
            for handle in component {
                if let id = eventOfHandle.removeValue(forKey: handle) { events[id] = nil }
            }
            for group in clusterer.clusters(of: component.map { profiles[$0] }) {
                let event = EventReconciler.canonical(from: group.map(\.report))
                events[event.id] = event
                for profile in group { eventOfHandle[handles[profile.id]!] = event.id }
                result.append(event)
            }
        }
        return result.sorted { $0.id < $1.id }
    }
}
