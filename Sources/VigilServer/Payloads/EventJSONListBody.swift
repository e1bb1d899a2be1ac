import Foundation
import Hummingbird
import NIOCore
import VigilStore

/// A page of events written straight from their stored JSON, each with its `review`,
/// `report_count` and `source_names` added:
/// `{"count", "events", "next_cursor"}`, as ``EventListPayload`` encodes it, without decoding and
/// re-encoding every event.
enum EventJSONListBody {
    static func response(_ page: EventJSONPage, search: EventSearch) throws -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        var text = "{\"count\":\(page.events.count),\"events\":["
        text.reserveCapacity(page.events.reduce(64) { $0 + $1.json.utf8.count + 160 })
        for (index, event) in page.events.enumerated() {
            if index > 0 { text += "," }
            text += try withReview(event, encoder)
        }
        text += "],\"next_cursor\":" + (page.nextCursor.map { "\"" + CursorCodec.encode($0, for: search) + "\"" } ?? "null") + "}"
        var headers = HTTPFields()
        headers[.contentType] = "application/json; charset=utf-8"
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    /// The stored object with `"review": {…}` and the sources' members added before its closing brace.
    static func withReview(_ event: StoredEventJSON, _ encoder: JSONEncoder) throws -> String {
        guard let close = event.json.lastIndex(of: "}") else {
            throw APIError(.internalServerError, "event \(event.eventID) is stored as malformed JSON")
        }
        let review = String(decoding: try encoder.encode(event.review), as: UTF8.self)
        let sources = String(decoding: try encoder.encode(event.sources), as: UTF8.self).dropFirst().dropLast()
        return event.json[..<close] + ",\"review\":" + review + "," + sources + "}"
    }
}
