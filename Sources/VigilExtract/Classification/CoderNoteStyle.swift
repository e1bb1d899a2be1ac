import VigilModel
import VigilText

/// Tells a coder's incident note from news prose, so each is typed by the model that reads its genre.
///
/// "On 2 May 2020, unidentified gunmen shot dead a village chief in …": ACLED's notes (and reports written
/// like them) open with the day itself, named in full. The notes model (``LinearClassifier``, trained on
/// ACLED's coding of such notes) types them alone; news prose ("Gunmen shot dead a village chief on Saturday,
/// police said") is typed by the blend with the semantic model and passes the non-event filter.
struct CoderNoteStyle: Sendable {
    /// How many tokens may precede the day ("On the night of 2 May 2020, …").
    static let reach = ModelDetector.datedReach

    /// Whether the document's first sentence opens with an absolute day that names its month and year.
    func matches(_ analysis: DocumentAnalysis) -> Bool {
        guard let first = analysis.text.sentences.indices.first(where: { !analysis.text.sentences[$0].isRepeat }) else { return false }
        let start = analysis.text.sentences[first].tokens.lowerBound
        return analysis.inSentence(analysis.dates, first, tokens: \.tokens).contains {
            $0.role == .point && $0.precision == .day && $0.isAbsolute && $0.namesMonth
                && $0.tokens.lowerBound - start <= Self.reach && namesYear($0, in: analysis)
        }
    }

    /// Whether the date's words include a year ("2 May 2020", not "2 May").
    private func namesYear(_ date: DateMention, in analysis: DocumentAnalysis) -> Bool {
        analysis.text.tokens[date.tokens].contains { token in
            token.kind == .number && token.norm.count == 4 && (token.integerValue ?? 0) >= 1900
        }
    }
}
