import VigilModel

/// "Kyaw Zin Htet … was arrested in October 2023 in Yangon" in a report published in June 2025, or
/// "the anti-government protests of July 11, 2021" in one of 2026: news prose names old events as
/// background to today's. An event of news prose dated more than ``horizonDays`` before the
/// publication is such background, not news, and is left out (its own report coded it when it
/// happened); coder notes and undated documents keep every event.
struct BackgroundEventFilter: Sendable {
    /// How long before the publication an event of news prose is still news: half a year, so that
    /// a late report of last season's massacre stays in.
    static let horizonDays = 180

    /// `events` without the background ones, numbered again in order (`document`-1, -2, …).
    func news(_ events: [Event], published: CalendarDay?, document: String) -> [Event] {
        guard let published else { return events }
        let oldest = published.daysSinceEpoch - Self.horizonDays
        var kept = events.filter { $0.eventDate.daysSinceEpoch >= oldest }
        guard kept.count < events.count else { return events }
        EventAssembler.number(&kept, document: document)
        return kept
    }
}
