import Foundation
import VigilModel
import VigilStore

/// Cursors as opaque URL-safe tokens: base64url of the last event's sort key and id, with the
/// sort and view they page through, so that a cursor reused with another order or a crafted one is
/// a 400 naming `cursor`, never a failure in the database.
enum CursorCodec {
    /// What a cursor carries.
    private struct Token: Codable {
        var k: String
        var i: String
        var s: String
        var v: String
    }

    static func encode(_ cursor: EventCursor, for search: EventSearch) -> String {
        let token = Token(k: cursor.key, i: cursor.id, s: search.sort.rawValue, v: search.view.rawValue)
        let data = (try? JSONEncoder().encode(token)) ?? Data()
        return data.base64EncodedString().replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
    }

    /// The cursor in `text`, checked against the search it continues.
    static func decode(_ text: String, for search: EventSearch) throws -> EventCursor {
        var base64 = text.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        base64 += String(repeating: "=", count: (4 - base64.count % 4) % 4)
        guard text.count <= 4096, let data = Data(base64Encoded: base64), let token = try? JSONDecoder().decode(Token.self, from: data),
            isValid(key: token.k, for: search.sort), token.i.count <= 1024
        else { throw APIError.badParameter("cursor", "not a cursor returned by this server (use next_cursor as given)") }
        guard token.s == search.sort.rawValue, token.v == search.view.rawValue else {
            throw APIError.badParameter(
                "cursor", "was returned for sort=\(token.s)&view=\(token.v); keep the sort and view of the first page, or leave the cursor out")
        }
        return EventCursor(key: token.k, id: token.i)
    }

    /// True when `key` is a value the sort orders by: a day for dates, a whole number for
    /// fatalities, a number for confidence and the review rank.
    private static func isValid(key: String, for sort: EventSort) -> Bool {
        switch sort {
        case .dateDescending, .dateAscending: CalendarDay(iso: key) != nil
        case .fatalitiesDescending, .fatalitiesAscending: Int(key) != nil
        case .confidenceDescending, .confidenceAscending, .reviewQueue: Double(key).map(\.isFinite) ?? false
        }
    }
}
