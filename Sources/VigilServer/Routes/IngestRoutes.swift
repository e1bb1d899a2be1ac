import Foundation
import Hummingbird
import NIOCore
import VigilIngest
import VigilModel
import VigilStore

/// `POST /api/documents`: one JSON document, a JSON array of them, or JSON Lines, stored with
/// duplicate detection like `vigil ingest`. The batch is checked whole first: one bad document
/// refuses the request and nothing is stored.
struct IngestRoutes {
    let store: any ReviewStore
    let configuration: ServerConfiguration
    /// Documents accepted per request.
    static let maxDocuments = 10_000

    /// The body as text, checked as `vigil ingest` checks a file: invalid UTF-8 is a 400 naming
    /// the byte, never replaced silently.
    static func text(of bytes: [UInt8], limit: Int) throws -> String {
        guard !bytes.isEmpty else { return "" }
        do {
            return try InputDecoder(maxBytes: limit).decode(bytes, input: "request body")
        } catch {
            throw APIError.badParameter("body", error.problem)
        }
    }

    func register(on writes: RouterGroup<VigilRequestContext>) {
        writes.post("documents") { request, context in
            let buffer = try await request.body.collect(upTo: configuration.maxBodyBytes)
            let raws = try Self.documents(in: try Self.text(of: Array(buffer.readableBytesView), limit: configuration.maxBodyBytes))
            let actor = context.tokenName ?? "anonymous"
            let preparer = DocumentPreparer()
            let ingested = Timestamp.now()
            let outcomes = try store.ingest(raws.map { preparer.prepare($0, ingested: ingested) }, nearDuplicateThreshold: 0.8)
            var payload = IngestPayload(documents: [], new: 0, duplicates: 0, nearDuplicates: 0, rejected: 0)
            for outcome in outcomes {
                switch outcome {
                case .new(let id):
                    payload.new += 1
                    payload.documents.append(.init(outcome: "new", id: id))
                    try store.recordIngest(documentID: id, by: actor, note: "new story")
                case .duplicate(let id, let existing):
                    payload.duplicates += 1
                    payload.documents.append(.init(outcome: "duplicate", id: id, existing: existing))
                case .nearDuplicate(let id, let story, let similarity):
                    payload.nearDuplicates += 1
                    payload.documents.append(.init(outcome: "near_duplicate", id: id, existing: story, similarity: similarity))
                    try store.recordIngest(documentID: id, by: actor, note: "joined story \(story)")
                case .rejected(let id, let reason):
                    payload.rejected += 1
                    payload.documents.append(.init(outcome: "rejected", id: id, reason: reason))
                }
            }
            if let process = configuration.processPending, payload.new > 0 {
                payload.eventsExtracted = try process()
            }
            return EditedResponse(status: payload.new + payload.nearDuplicates > 0 ? .created : .ok, response: payload)
        }
    }

    /// The documents of a body: a JSON object, a JSON array, or one object per line.
    static func documents(in text: String) throws -> [RawDocument] {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { throw APIError.badParameter("body", "empty; send a JSON document or JSON Lines") }
        var objects: [(Any, String)] = []
        if let whole = try? JSONSerialization.jsonObject(with: Data(trimmed.utf8)) {
            if let array = whole as? [Any] {
                objects = array.enumerated().map { ($1, "document \($0 + 1)") }
            } else {
                objects = [(whole, "document")]
            }
        } else {
            for (index, line) in trimmed.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
            where !line.allSatisfy(\.isWhitespace) {
                guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) else {
                    throw APIError.badParameter("body", "line \(index + 1): malformed JSON")
                }
                objects.append((object, "line \(index + 1)"))
            }
        }
        guard objects.count <= maxDocuments else {
            throw APIError.badParameter("body", "\(objects.count) documents; send at most \(maxDocuments) per request")
        }
        guard !objects.isEmpty else { throw APIError.badParameter("body", "no documents") }
        return try objects.map { try document($0.0, where: $0.1) }
    }

    private static func document(_ object: Any, where place: String) throws -> RawDocument {
        guard let fields = object as? [String: Any] else {
            throw APIError.badParameter("body", "\(place): expected a JSON object with \"text\"")
        }
        let known: Set<String> = ["id", "text", "title", "published", "source", "url", "language"]
        for key in fields.keys where !known.contains(key) {
            throw APIError.badParameter(key, "\(place): unknown field; expected " + known.sorted().joined(separator: ", "))
        }
        func string(_ key: String) throws -> String? {
            switch fields[key] {
            case nil, is NSNull: return nil
            case let value as String: return value
            default: throw APIError.badParameter(key, "\(place): must be a string")
            }
        }
        guard let text = try string("text") else {
            throw APIError.badParameter("text", "\(place): missing required field \"text\"")
        }
        guard !text.allSatisfy(\.isWhitespace) else { throw APIError.badParameter("text", "\(place): empty") }
        var id = try? string("id")
        if id == nil, let number = fields["id"] as? NSNumber { id = number.stringValue }
        if id == nil, fields["id"] != nil, !(fields["id"] is NSNull) {
            throw APIError.badParameter("id", "\(place): must be a string or a number")
        }
        var published: CalendarDay?
        if let date = try string("published"), !date.isEmpty {
            guard let day = CalendarDay(iso: date) else {
                throw APIError.badParameter("published", "\(place): \"\(date)\" is not a date (expected YYYY-MM-DD)")
            }
            published = day
        }
        return RawDocument(
            id: id, title: try string("title") ?? "", text: text.replacingOccurrences(of: "\r\n", with: "\n"),
            published: published, source: try string("source") ?? "", url: try string("url") ?? "",
            language: try string("language"), origin: "api \(place)")
    }
}
