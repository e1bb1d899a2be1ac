public import Foundation
public import VigilStore

/// When a feed is polled next: after its interval when the poll went well; after an error, the
/// interval doubled for each error in a row (exponential back-off) up to a day (or the interval,
/// when longer), and never before the server's `Retry-After` (itself at most a day).
public enum FeedSchedule {
    /// The longest wait between two polls of a failing feed.
    public static let longestWait: TimeInterval = 86_400

    /// The feed after a poll that answered (200 or 304).
    public static func succeeded(_ feed: FeedRecord, at now: Date, etag: String?, lastModified: String?) -> FeedRecord {
        var next = feed
        next.etag = etag
        next.lastModified = lastModified
        next.lastPolled = FeedRecord.timestamp(now)
        next.lastSuccess = next.lastPolled
        next.lastError = nil
        next.failures = 0
        next.nextPoll = FeedRecord.timestamp(now.addingTimeInterval(Double(feed.everySeconds)))
        return next
    }

    /// The feed after a poll that failed: never polled sooner than its own interval.
    public static func failed(_ feed: FeedRecord, at now: Date, error: FetchError) -> FeedRecord {
        var next = feed
        next.lastPolled = FeedRecord.timestamp(now)
        next.lastError = error.problem
        next.failures = feed.failures + 1
        let backedOff = Double(feed.everySeconds) * pow(2, Double(min(next.failures, 20)))
        let wait = max(min(backedOff, max(longestWait, Double(feed.everySeconds))), error.retryAfter ?? 0)
        next.nextPoll = FeedRecord.timestamp(now.addingTimeInterval(wait))
        return next
    }
}
