import Foundation

/// Who reported a listed event: its reports and the names of every source behind them.
public struct EventSources: Codable, Hashable, Sendable {
    /// Extracted reports merged into the event (1 for a report not linked to others).
    public var reportCount: Int
    /// Every source of every document of the event (syndicated copies and the outlets of exact
    /// duplicates included).
    public var sourceCount: Int
    /// Their distinct names, sorted.
    public var names: [String]

    public init(reportCount: Int, sourceCount: Int, names: [String]) {
        self.reportCount = reportCount
        self.sourceCount = sourceCount
        self.names = names
    }

    /// The sources from a listing row: the canonical event's report count (0 when the report is in
    /// none), the source count and the names as a JSON array.
    init(reportCount: Int, sourceCount: Int, namesJSON: String?) {
        let names = namesJSON.flatMap { try? JSONDecoder().decode([String].self, from: Data($0.utf8)) } ?? []
        self.init(reportCount: max(1, reportCount), sourceCount: sourceCount, names: Set(names.filter { !$0.isEmpty }).sorted())
    }

    enum CodingKeys: String, CodingKey {
        case reportCount = "report_count"
        case sourceCount = "source_count"
        case names = "source_names"
    }
}
