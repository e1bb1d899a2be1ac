import Foundation
import VigilText

/// The words the linker reads in a special way, from `Resources/report-words.tsv` (kind, word): stopwords left out of
/// a report's content words, and the starts of ACLED's names for actors it cannot name.
enum ReportWords {
    /// Function words, reporting verbs and weekdays that every report shares.
    static let stopwords: Set<String> = Set(words(of: "stopword"))

    /// The starts of the names ACLED gives actors it cannot name ("unidentified", "protesters").
    static let genericActorPrefixes: [String] = words(of: "generic-actor")

    /// The words of `kind`, in file order.
    private static func words(of kind: String) -> [String] {
        ResourceTable.rows("report-words", in: .module).compactMap { $0.count == 2 && $0[0] == kind ? String($0[1]) : nil }
    }
}
