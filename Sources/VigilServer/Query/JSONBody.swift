import Foundation
import Hummingbird
import NIOCore

/// A request body read whole (up to the configured limit) and parsed as a JSON object.
struct JSONBody {
    let fields: [String: Any]

    /// Reads and parses the body; an empty body is an empty object.
    init(_ request: Request, limit: Int) async throws {
        let buffer = try await request.body.collect(upTo: limit)
        guard buffer.readableBytes > 0 else {
            fields = [:]
            return
        }
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(buffer.readableBytesView))
        } catch {
            throw APIError.badParameter("body", "not valid JSON")
        }
        guard let fields = object as? [String: Any] else { throw APIError.badParameter("body", "expected a JSON object") }
        self.fields = fields
    }

    /// Refuses members outside `allowed`.
    func only(_ allowed: Set<String>) throws {
        for key in fields.keys where !allowed.contains(key) {
            throw APIError.badParameter(key, "unknown field; expected " + allowed.sorted().joined(separator: ", "))
        }
    }

    /// An optional string member.
    func string(_ name: String) throws -> String? {
        switch fields[name] {
        case nil, is NSNull: return nil
        case let text as String: return text
        default: throw APIError.badParameter(name, "must be a string")
        }
    }
}
