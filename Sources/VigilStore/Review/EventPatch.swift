import Foundation
import VigilModel

/// A reviewer's edits to an event as a JSON merge patch (the members that changed, in the
/// extraction contract's names), stored so that they can be applied again after re-extraction.
enum EventPatch {
    /// The JSON members that differ between two versions of an event (evidence excluded).
    static func changedFields(from before: Event, to after: Event) throws -> [String: Any] {
        let old = try JSONSerialization.jsonObject(with: JSONEncoder().encode(before)) as? [String: Any] ?? [:]
        let new = try JSONSerialization.jsonObject(with: JSONEncoder().encode(after)) as? [String: Any] ?? [:]
        func text(_ value: Any?) throws -> Data {
            try JSONSerialization.data(withJSONObject: [value ?? NSNull()], options: [.sortedKeys])
        }
        var changes: [String: Any] = [:]
        for (key, value) in new where key != "evidence" {
            if try text(old[key]) != text(value) { changes[key] = value }
        }
        return changes
    }

    /// A stored patch read back (empty for none).
    static func fields(fromJSON text: String?) throws -> [String: Any] {
        guard let text, text != "{}" else { return [:] }
        return try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any] ?? [:]
    }

    /// A patch as stored: JSON with sorted keys.
    static func json(_ fields: [String: Any]) throws -> String {
        String(decoding: try JSONSerialization.data(withJSONObject: fields, options: [.sortedKeys]), as: UTF8.self)
    }
}
