import Foundation
import VigilStore

/// Cursors as opaque URL-safe tokens: base64url of the last event's sort key and id.
enum CursorCodec {
    static func encode(_ cursor: EventCursor) -> String {
        let data = (try? JSONEncoder().encode(cursor)) ?? Data()
        return data.base64EncodedString().replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
    }

    static func decode(_ text: String) throws -> EventCursor {
        var base64 = text.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        base64 += String(repeating: "=", count: (4 - base64.count % 4) % 4)
        guard let data = Data(base64Encoded: base64), let cursor = try? JSONDecoder().decode(EventCursor.self, from: data)
        else { throw APIError.badParameter("cursor", "not a cursor returned by this server (use next_cursor as given)") }
        return cursor
    }
}
