import Foundation
import Hummingbird
import VigilModel

/// A request's query parameters, read with types: a missing parameter is nil, a malformed one is a
/// 400 naming it, and a parameter the route does not know is refused.
struct QueryParameters {
    private var values: [String: [String]] = [:]

    /// Reads the query of `request` as a form would send it (`+` is a space, `%2B` a plus),
    /// refusing names outside `allowed`.
    init(_ request: Request, allowed: Set<String>) throws {
        for pair in (request.uri.query ?? "").split(separator: "&") where !pair.isEmpty {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard let name = Self.decode(parts[0]) else {
                throw APIError.badParameter(String(parts[0]), "malformed percent-encoding in the parameter name")
            }
            guard allowed.contains(name) else {
                throw APIError.badParameter(
                    name, "unknown parameter; this route takes " + allowed.sorted().joined(separator: ", "))
            }
            guard let value = Self.decode(parts.count > 1 ? parts[1] : "") else {
                throw APIError.badParameter(name, "malformed percent-encoding")
            }
            // "%00" would end the value early in the database's C strings; "%0A" would start a new log line.
            guard !value.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else {
                throw APIError.badParameter(name, "contains a control character (such as %00 or a line break)")
            }
            values[name, default: []].append(value)
        }
    }

    private static func decode(_ text: Substring) -> String? {
        text.replacingOccurrences(of: "+", with: " ").removingPercentEncoding
    }

    /// The parameter's text (its last value), nil when absent or empty.
    func string(_ name: String) -> String? {
        guard let value = values[name]?.last?.trimmingCharacters(in: .whitespaces), !value.isEmpty else { return nil }
        return value
    }

    /// Every value of a repeated or comma-separated parameter (`type=A&type=B` or `type=A,B`).
    func list(_ name: String) -> [String] {
        (values[name] ?? []).flatMap { $0.split(separator: ",") }
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// The values of a list parameter whose values are names from a fixed set: present but empty is a 400.
    func namedList(_ name: String) throws -> [String] {
        let names = list(name)
        if names.isEmpty, values[name] != nil { throw APIError.badParameter(name, "is empty; leave it out to mean any") }
        return names
    }

    /// True when the parameter is present with an empty value.
    func isBlank(_ name: String) -> Bool {
        values[name] != nil && string(name) == nil
    }

    /// The text of a typed parameter: nil when absent, a 400 when present but empty.
    private func typed(_ name: String) throws -> String? {
        guard values[name] != nil else { return nil }
        guard let text = string(name) else { throw APIError.badParameter(name, "is empty; leave it out or give a value") }
        return text
    }

    func day(_ name: String) throws -> CalendarDay? {
        guard let text = try typed(name) else { return nil }
        guard text.count == 10, let day = CalendarDay(iso: text) else {
            throw APIError.badParameter(name, "\"\(text)\" is not a date; expected YYYY-MM-DD")
        }
        return day
    }

    func int(_ name: String, in range: ClosedRange<Int>) throws -> Int? {
        guard let text = try typed(name) else { return nil }
        guard let value = Int(text), range.contains(value) else {
            throw APIError.badParameter(
                name, "\"\(text)\" must be a whole number from \(range.lowerBound) to \(range.upperBound)")
        }
        return value
    }

    func double(_ name: String, in range: ClosedRange<Double>) throws -> Double? {
        guard let text = try typed(name) else { return nil }
        guard let value = Double(text), value.isFinite, range.contains(value) else {
            throw APIError.badParameter(name, "\"\(text)\" must be a number from \(range.lowerBound) to \(range.upperBound)")
        }
        return value
    }

    func bool(_ name: String) throws -> Bool? {
        guard let text = try typed(name) else { return nil }
        switch text.lowercased() {
        case "true", "1", "yes": return true
        case "false", "0", "no": return false
        default: throw APIError.badParameter(name, "\"\(text)\" must be true or false")
        }
    }

    /// A value that must be one of `choices`.
    func choice<T: RawRepresentable & CaseIterable>(_ name: String, _ type: T.Type) throws -> T? where T.RawValue == String {
        guard let text = try typed(name) else { return nil }
        guard let value = T(rawValue: text) else {
            throw APIError.badParameter(
                name, "\"\(text)\" is not one of " + T.allCases.map { $0.rawValue }.joined(separator: ", "))
        }
        return value
    }
}
