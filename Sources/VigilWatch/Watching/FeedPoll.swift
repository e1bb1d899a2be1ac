import VigilModel
import VigilStore

/// One feed's poll, before it is stored: the feed's new state, the articles it gave that were not
/// taken before (with the keys that mark them taken), and what went wrong with single items.
struct FeedPoll: Sendable {
    enum Result: Sendable { case notModified, fetched, failed }

    var feed: FeedRecord
    var result: Result
    var documents: [IncomingDocument] = []
    /// Keys of every new item, stored or rejected, so neither is fetched again.
    var keys: [String] = []
    var rejected = 0
    var messages: [String] = []
}
