import VigilGeo
import VigilModel
import VigilText

/// "The Islamic Resistance in Iraq said its fighters had launched two drones at Ain al-Asad … A US official later
/// confirmed the strikes on Ain al-Asad and al-Tanf": a party that confirms attacks the story told as claims makes
/// them confirmed, place by place; "could not confirm the attacks on Harir base" leaves them claims.
struct ConfirmationReading: Sendable {
    /// How many tokens may stand between a negation and the confirmation it denies ("could not confirm").
    static let negationReach = 2
    /// How far a confirmed place may lie from the claimed one and still be it ("al-Tanf", the crossing, for the
    /// garrison beside it).
    static let sameSiteKilometres = 50.0

    /// `events` with the claims a later sentence confirms by place marked confirmed; the confirming words become the
    /// `claimed` field's evidence.
    func apply(to events: inout [Event], in analysis: DocumentAnalysis) {
        for cue in analysis.cues where cue.kind == .confirmation && !isNegated(cue, in: analysis) {
            let sentence = analysis.sentenceOfToken[cue.tokens.lowerBound]
            let confirmed = analysis.inSentence(analysis.places, sentence, tokens: \.tokens).filter {
                $0.tokens.lowerBound >= cue.tokens.upperBound && $0.kind != .country
            }
            for k in events.indices where events[k].claimed {
                guard let place = events[k].place,
                    confirmed.contains(where: {
                        $0.place.name == place.name
                            || Distance.km($0.place.latitude, $0.place.longitude, place.latitude, place.longitude) <= Self.sameSiteKilometres
                    })
                else { continue }
                events[k].claimed = false
                events[k].evidence.removeAll { $0.field == "claimed" }
                events[k].evidence.append(analysis.evidence("claimed", cue.tokens))
            }
        }
    }

    /// "could not confirm", "did not confirm": a negation just before the confirming word.
    private func isNegated(_ cue: Cue, in analysis: DocumentAnalysis) -> Bool {
        analysis.cues.contains {
            $0.kind == .negation && $0.tokens.upperBound <= cue.tokens.lowerBound
                && cue.tokens.lowerBound - $0.tokens.upperBound <= Self.negationReach
        }
    }
}
