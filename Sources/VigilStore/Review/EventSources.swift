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
    /// none) and the name of each source of each document, joined by ``nameSeparator`` (nil for none).
    init(reportCount: Int, joinedNames: String?) {
        let names = joinedNames.map { $0.split(separator: Self.nameSeparator, omittingEmptySubsequences: false) } ?? []
        self.init(
            reportCount: max(1, reportCount), sourceCount: names.count,
            names: Set(names.lazy.filter { !$0.isEmpty }.map(String.init)).sorted())
    }

    /// What the stores join source names with (U+001F, the unit separator, which no name holds).
    static let nameSeparator: Character = "\u{1F}"

    enum CodingKeys: String, CodingKey {
        case reportCount = "report_count"
        case sourceCount = "source_count"
        case names = "source_names"
    }
}
