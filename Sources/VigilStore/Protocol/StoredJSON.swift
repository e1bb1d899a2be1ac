import Foundation

/// Records as both stores keep them: JSON with sorted keys, the same text on every backend.
enum StoredJSON {
    /// `value` as stored JSON text.
    static func text(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}
