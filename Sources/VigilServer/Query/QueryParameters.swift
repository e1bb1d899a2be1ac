import Foundation
import Hummingbird
import VigilModel

/// A request's query parameters, read with types: a missing parameter is nil, a malformed one is a
/// 400 naming it, and a parameter the route does not know is refused.
struct QueryParameters {
    private var values: [String: [String]] = [:]

    /// Reads the query of `request`, refusing names outside `allowed`.
    init(_ request: Request, allowed: Set<String>) throws {
        for (key, value) in request.uri.queryParameters {
            let name = String(key)
            guard allowed.contains(name) else {
                throw APIError.badParameter(
                    name, "unknown parameter; this route takes " + allowed.sorted().joined(separator: ", "))
            }
            values[name, default: []].append(String(value))
        }
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

    func day(_ name: String) throws -> CalendarDay? {
        guard let text = string(name) else { return nil }
        guard text.count == 10, let day = CalendarDay(iso: text) else {
            throw APIError.badParameter(name, "\"\(text)\" is not a date; expected YYYY-MM-DD")
        }
        return day
    }

    func int(_ name: String, in range: ClosedRange<Int>) throws -> Int? {
        guard let text = string(name) else { return nil }
        guard let value = Int(text), range.contains(value) else {
            throw APIError.badParameter(
                name, "\"\(text)\" must be a whole number from \(range.lowerBound) to \(range.upperBound)")
        }
        return value
    }

    func double(_ name: String, in range: ClosedRange<Double>) throws -> Double? {
        guard let text = string(name) else { return nil }
        guard let value = Double(text), value.isFinite, range.contains(value) else {
            throw APIError.badParameter(name, "\"\(text)\" must be a number from \(range.lowerBound) to \(range.upperBound)")
        }
        return value
    }

    func bool(_ name: String) throws -> Bool? {
        guard let text = string(name) else { return nil }
        switch text.lowercased() {
        case "true", "1", "yes": return true
        case "false", "0", "no": return false
        default: throw APIError.badParameter(name, "\"\(text)\" must be true or false")
        }
    }

    /// A value that must be one of `choices`.
    func choice<T: RawRepresentable & CaseIterable>(_ name: String, _ type: T.Type) throws -> T? where T.RawValue == String {
        guard let text = string(name) else { return nil }
        guard let value = T(rawValue: text) else {
            throw APIError.badParameter(
                name, "\"\(text)\" is not one of " + T.allCases.map { $0.rawValue }.joined(separator: ", "))
        }
        return value
    }
}
