public import Foundation

/// Reads ACLED-style CSV exports (columns `notes` and `sub_event_type`; optionally `event_type`,
/// `source_file`, `event_date` or `event_date_iso`).
public enum ACLEDReader {
    /// Reads every row of the file at `url`; errors name the file, line and missing column.
    public static func read(contentsOf url: URL) throws(CSVError) -> [ACLEDRecord] {
        try records(in: CSVReader.read(contentsOf: url))
    }

    /// Converts a parsed table into records.
    public static func records(in table: CSVTable) throws(CSVError) -> [ACLEDRecord] {
        let notes = try table.column("notes")
        let subEventType = try table.column("sub_event_type")
        let eventType = table.optionalColumn("event_type")
        let legacyEventType = table.optionalColumn("legacy_event_type")
        let sourceFile = table.optionalColumn("source_file")
        let eventDate = table.optionalColumn("event_date_iso") ?? table.optionalColumn("event_date")
        return zip(table.records, table.lines).map { record, line in
            ACLEDRecord(
                notes: stripCategoryPrefix(stripEditorialTags(record[notes])),
                subEventType: record[subEventType].trimmingCharacters(in: .whitespaces),
                eventType: eventType.map { record[$0].trimmingCharacters(in: .whitespaces) } ?? "",
                legacyEventType: legacyEventType.map { record[$0].trimmingCharacters(in: .whitespaces) } ?? "",
                sourceFile: sourceFile.map { record[$0] } ?? "",
                eventDate: eventDate.map { record[$0] } ?? "",
                line: line)
        }
    }

    /// Partly labelled examples from rows without a sub-event type: their candidates are the
    /// sub-event types seen with the row's event type elsewhere in `records`, or, for an old
    /// combined label such as "Riots/Protests", with each of its parts.
    public static func partlyLabeledTexts(in records: [ACLEDRecord]) -> [LabeledText] {
        var subTypes: [String: Set<String>] = [:]
        for record in records where !record.eventType.isEmpty && !record.subEventType.isEmpty {
            subTypes[record.eventType.lowercased(), default: []].insert(record.subEventType)
        }
        return records.compactMap { record in
            guard record.subEventType.isEmpty, !record.notes.isEmpty else { return nil }
            let name = record.eventType.isEmpty ? record.legacyEventType : record.eventType
            let parts = record.eventType.isEmpty ? name.split(separator: "/").map(String.init) : [name]
            var candidates = Set<String>()
            for part in parts {
                guard let types = subTypes[part.lowercased().trimmingCharacters(in: .whitespaces)] else { return nil }
                candidates.formUnion(types)
            }
            guard !candidates.isEmpty else { return nil }
            return LabeledText(text: record.notes, label: name, candidateLabels: candidates.sorted())
        }
    }

    /// Removes a leading coder's category ("Property destruction: ...", "Defusal: ..."): one to
    /// four words, the first capitalized and the rest lower case, then a colon. News text has no
    /// such prefix, so the model must learn the sub-event from the description itself.
    public static func stripCategoryPrefix(_ notes: String) -> String {
        guard let colon = notes.prefix(48).firstIndex(of: ":"),
            notes[colon...].dropFirst().first?.isWhitespace == true
        else { return notes }
        let words = notes[..<colon].split(separator: " ")
        guard (1...4).contains(words.count), words[0].first?.isUppercase == true,
            words.allSatisfy({ $0.allSatisfy { $0.isLetter || $0 == "-" || $0 == "/" } }),
            words.dropFirst().allSatisfy({ $0.first?.isLowercase == true })
        else { return notes }
        return notes[colon...].dropFirst().trimmingCharacters(in: .whitespaces)
    }

    /// Removes trailing bracketed editorial tags ("... reported. [size=no report] [women targeted]").
    public static func stripEditorialTags(_ notes: String) -> String {
        var text = notes.trimmingCharacters(in: .whitespacesAndNewlines)
        while text.hasSuffix("]"), let open = text.lastIndex(of: "[") {
            text = String(text[..<open]).trimmingCharacters(in: .whitespacesAndNewlines)
        }
        return text
    }
}
