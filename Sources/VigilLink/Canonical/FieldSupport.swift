/// One field of a canonical event: the value chosen, the sources behind it, the values other
/// sources gave, and the rule that chose.
public struct FieldSupport: Codable, Hashable, Sendable {
    /// A value of the field and who reports it.
    public struct Value: Codable, Hashable, Sendable {
        /// The value as text ("6", "2024-03-03", "Sake").
        public var value: String
        /// The reports (event ids) that give it.
        public var reports: [String]
        /// Their source documents.
        public var documents: [String]

        /// A value with its supporting reports and documents.
        public init(value: String, reports: [String], documents: [String]) {
            self.value = value
            self.reports = reports
            self.documents = documents
        }
    }

    /// The field's JSON name in the extraction contract (`fatalities`, `location`, …).
    public var field: String
    /// The value the canonical event carries.
    public var chosen: Value
    /// What other sources say, most supported first.
    public var alternatives: [Value]
    /// The reconciliation rule that picked `chosen` ("lowest well-sourced figure").
    public var rule: String

    /// A field's support.
    public init(field: String, chosen: Value, alternatives: [Value], rule: String) {
        self.field = field
        self.chosen = chosen
        self.alternatives = alternatives
        self.rule = rule
    }
}
