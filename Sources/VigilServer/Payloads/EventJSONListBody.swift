import Hummingbird
import NIOCore
import VigilStore

/// A page of events written straight from their stored JSON, each with its `review`,
/// `report_count`, `source_count` and `source_names` added:
/// `{"count", "events", "next_cursor"}`, as ``EventListPayload`` encodes it, without decoding and
/// re-encoding every event (the listing's hot path: bytes are copied, the few added members are
/// written by hand).
enum EventJSONListBody {
    static func response(_ page: EventJSONPage, search: EventSearch) throws -> Response {
        var body = ByteBuffer()
        body.reserveCapacity(page.events.reduce(64) { $0 + $1.json.utf8.count + 256 })
        body.writeString("{\"count\":\(page.events.count),\"events\":[")
        for (index, event) in page.events.enumerated() {
            if index > 0 { body.writeStaticString(",") }
            try write(event, to: &body)
        }
        body.writeStaticString("],\"next_cursor\":")
        if let next = page.nextCursor { JSONText.write(CursorCodec.encode(next, for: search), to: &body) } else { body.writeStaticString("null") }
        body.writeStaticString("}")
        var headers = HTTPFields()
        headers[.contentType] = "application/json; charset=utf-8"
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: body))
    }

    /// The stored object with `"review": {…}` and the sources' members added before its closing brace.
    static func write(_ event: StoredEventJSON, to body: inout ByteBuffer) throws {
        let json = event.json.utf8
        guard let close = json.lastIndex(of: UInt8(ascii: "}")) else {
            throw APIError(.internalServerError, "event \(event.eventID) is stored as malformed JSON")
        }
        body.writeBytes(json[..<close])
        let review = event.review
        body.writeStaticString(",\"review\":{\"edited_fields\":[")
        for (index, field) in review.editedFields.enumerated() {
            if index > 0 { body.writeStaticString(",") }
            JSONText.write(field, to: &body)
        }
        body.writeStaticString("]")
        // The members in sorted order, as the encoder writes them; an absent value is left out.
        func member(_ key: StaticString, _ value: String?) {
            guard let value else { return }
            body.writeStaticString(key)
            JSONText.write(value, to: &body)
        }
        member(",\"merged_into\":", review.mergedInto)
        member(",\"split_from\":", review.splitFrom)
        member(",\"status\":", review.status.rawValue)
        member(",\"updated\":", review.updated)
        member(",\"updated_by\":", review.updatedBy)
        body.writeString("},\"report_count\":\(event.sources.reportCount),\"source_count\":\(event.sources.sourceCount),\"source_names\":[")
        for (index, name) in event.sources.names.enumerated() {
            if index > 0 { body.writeStaticString(",") }
            JSONText.write(name, to: &body)
        }
        body.writeStaticString("]}")
    }
}
