/// Why an alert filter's text does not parse; the message quotes the offending part and what would fit.
public struct AlertFilterError: Error, CustomStringConvertible, Sendable, Equatable {
    /// The message for the person who wrote the filter.
    public let description: String

    init(_ description: String) {
        self.description = description
    }

    static let emptyFilter = AlertFilterError("empty filter: give at least one field=value")

    static var fieldList: String { "(fields: \(AlertFilter.fieldNames.joined(separator: ", ")))" }

    static func unknownField(_ field: String, in source: String) -> AlertFilterError {
        AlertFilterError("unknown field \"\(field)\" in \"\(source)\" \(fieldList)")
    }

    static func notFieldValue(_ source: String) -> AlertFilterError {
        AlertFilterError("\"\(source)\" is not field=value \(fieldList)")
    }

    static func givenTwice(_ field: String) -> AlertFilterError {
        AlertFilterError("field \"\(field)\" given twice")
    }

    static func emptyValue(_ source: String) -> AlertFilterError {
        AlertFilterError("\"\(source)\" has an empty value; separate alternatives with |, as in country=Iraq|Syria")
    }

    static func notWholeNumber(_ source: String) -> AlertFilterError {
        AlertFilterError("\"\(source)\" is not a whole number ≥ 0")
    }

    static func notTrueOrFalse(_ source: String) -> AlertFilterError {
        AlertFilterError("\"\(source)\" is not true or false")
    }

    /// An event_type or sub_event_type outside ACLED's taxonomy, with the closest names or else all of them.
    static func unknownName(field: String, value: String, closest: [String], valid: [String]) -> AlertFilterError {
        let hint =
            closest.isEmpty
            ? "(valid: \(valid.joined(separator: ", ")))"
            : "(did you mean \(closest.map { "\"\($0)\"" }.joined(separator: " or "))?)"
        return AlertFilterError("unknown \(field) \"\(value)\" \(hint)")
    }
}
