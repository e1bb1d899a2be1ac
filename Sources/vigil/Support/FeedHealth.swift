import VigilStore
import VigilWatch

/// A feed as `vigil feeds list` shows it: its schedule and how its polls went.
struct FeedHealth: Encodable {
    var feed: FeedRecord
    var itemsLastDay: Int

    enum CodingKeys: String, CodingKey { case itemsLastDay = "items_last_day" }

    func encode(to encoder: any Encoder) throws {
        try feed.encode(to: encoder)
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(itemsLastDay, forKey: .itemsLastDay)
    }

    var line: String {
        var parts = ["\(feed.name)  \(feed.url)", "every \(PollInterval(seconds: feed.everySeconds))"]
        parts.append("last success \(feed.lastSuccess ?? "never")")
        if let error = feed.lastError { parts.append("last error \"\(error)\" (\(feed.failures) in a row)") }
        parts.append("\(itemsLastDay) article\(itemsLastDay == 1 ? "" : "s") in the last day, \(feed.itemsStored) in all")
        parts.append("next poll \(feed.nextPoll)")
        return parts.joined(separator: "  ·  ")
    }
}
