import Foundation
import VigilModel

/// The metrics of `score.py case` on labelled news snippets.
public struct SnippetScore: Sendable, Equatable, Encodable {
    /// The key names of `score.py case --json`.
    enum CodingKeys: String, CodingKey {
        case snippets = "n_docs", events = "n_acled", nonEvents = "n_non_acled", accuracy, macroF1 = "macro_f1"
        case weightedF1 = "weighted_f1", rejection = "reject_rate", subEventTypes = "per_class"
    }

    public var snippets: Int
    /// Snippets labelled with an ACLED sub-event type.
    public var events: Int
    /// Snippets labelled as no ACLED event.
    public var nonEvents: Int
    public var accuracy: Double
    public var macroF1: Double
    public var weightedF1: Double
    /// The share of non-event snippets that got no event (or an `Other` one).
    public var rejection: Double
    /// Keyed by sub-event type, for the types seen in gold or predictions.
    public var subEventTypes: [String: ACLEDScore.ClassScore]

    /// The per-class table and summary `score.py case` prints.
    public var table: String {
        func value(_ x: Double) -> String { String(format: "%.3f", x) }
        var lines = ["snippets \(snippets) (ACLED classes \(events), non-events \(nonEvents))", "",
                     "class".padded(to: 36) + "prec".leftPadded(to: 7) + "rec".leftPadded(to: 7) + "f1".leftPadded(to: 7)
                        + "support".leftPadded(to: 9)]
        for type in SubEventType.allCases {
            guard let row = subEventTypes[type.rawValue] else { continue }
            lines.append(type.rawValue.padded(to: 36) + value(row.precision).leftPadded(to: 7) + value(row.recall).leftPadded(to: 7)
                + value(row.f1).leftPadded(to: 7) + String(row.support).leftPadded(to: 9))
        }
        lines += ["", "accuracy \(value(accuracy))  macro-F1 \(value(macroF1))  weighted-F1 \(value(weightedF1))"
                    + "  non-events rejected \(value(rejection))",
                  "snippets: n=\(snippets) weighted_f1=\(value(weightedF1)) macro_f1=\(value(macroF1)) "
                    + "acc=\(value(accuracy)) reject=\(value(rejection))"]
        return lines.joined(separator: "\n")
    }
}
