import Hummingbird
import VigilModel
import VigilStore

/// One event with its article, sources, the events merged into it and its history of edits; a
/// canonical event (`ce-…`) also lists its reports, and its article is its first report's.
struct EventDetailPayload: ResponseEncodable, Sendable {
    /// The article the event was extracted from: evidence offsets point into `text`.
    struct Article: Encodable, Sendable {
        var id: String
        var title: String
        var published: CalendarDay?
        var language: String
        var text: String
        /// `[start, end)` code-point ranges of paragraphs repeated in the article.
        var repeatedSpans: [[Int]]

        enum CodingKeys: String, CodingKey {
            case id, title, published, language, text
            case repeatedSpans = "repeated_spans"
        }
    }

    var event: EventPayload
    var article: Article?
    var sources: [DocumentSourceRecord]
    var storyDocuments: [DocumentSummary]
    var mergedEvents: [String]
    var history: [AuditEntry]
    /// The extracted reports merged into a canonical event; the event itself for a report.
    var reports: [String]

    enum CodingKeys: String, CodingKey {
        case event, article, sources
        case storyDocuments = "story_documents"
        case mergedEvents = "merged_events"
        case history, reports
    }
}
