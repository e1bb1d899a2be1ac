import Foundation

/// One JSON value of a JSONL line, decoded by `JSONDecoder`, which keeps every character of a
/// string: Foundation's `JSONSerialization` on Linux drops a U+FEFF written raw inside one, which
/// moved every evidence offset of such a text by one.
enum JSONLValue: Decodable {
    case null
    case bool(Bool)
    /// A number as its text ("12", "1.5").
    case number(String)
    case string(String)
    case array
    case object([String: JSONLValue])

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let flag = try? container.decode(Bool.self) {
            self = .bool(flag)
        } else if let integer = try? container.decode(Int64.self) {
            self = .number(String(integer))
        } else if let large = try? container.decode(UInt64.self) {
            self = .number(String(large))
        } else if let real = try? container.decode(Double.self) {
            self = .number(String(real))
        } else if let text = try? container.decode(String.self) {
            self = .string(text)
        } else if let members = try? container.decode([String: JSONLValue].self) {
            self = .object(members)
        } else {
            _ = try container.decode([JSONLValue].self)
            self = .array
        }
    }

    /// How an error message names the value's kind ("an array").
    var kind: String {
        switch self {
        case .null: "null"
        case .bool: "a boolean"
        case .number: "a number"
        case .string: "a string"
        case .array: "an array"
        case .object: "an object"
        }
    }
}
