import Testing
import VigilExtract
import VigilModel

/// Police who fine or detain a demonstration's participants intervene in it (ACLED: protest with intervention).
@Suite struct ProtestInterventionTests {
    @Test func finedOrDetainedParticipantsAreAnIntervention() {
        let e = events("On 10 March 2024, police fined protesters who gathered outside parliament in Nairobi to denounce the election.")
        #expect(e.first?.subEventType == .protestWithIntervention)
        #expect(e.first?.actor1 == "Protesters (Kenya)")
        #expect(e.first?.actor2 == "Police Forces of Kenya")
        let f = events("On 10 March 2024, police detained the participants of an unauthorised rally in Nairobi.")
        #expect(f.first?.subEventType == .protestWithIntervention)
        let g = events("On 10 March 2024, dozens of activists protested in Nairobi. Police fined several participants.")
        #expect(g.first?.subEventType == .protestWithIntervention)
    }

    @Test func finesOrDetentionsAsTheCauseAreNoIntervention() {
        let e = events("On 10 March 2024, transport workers protested in Nairobi after a mobile court fined three buses.")
        #expect(e.first?.subEventType == .peacefulProtest)
        let f = events("On 10 March 2024, residents protested in Nairobi against traffic fines.")
        #expect(f.first?.subEventType == .peacefulProtest)
        let g = events("On 10 March 2024, hundreds of people held a peaceful rally in Nairobi to demand the release of detained activists.")
        #expect(g.first?.subEventType == .peacefulProtest)
    }

    /// Authorities who prevent a rally, stop a march or chase demonstrators away intervene.
    @Test func preventedOrChasedAwayIsAnIntervention() {
        for text in [
            "On 10 March 2024, police prevented activists from holding a rally in Nairobi.",
            "On 10 March 2024, traders protested in Nairobi against the closure of markets; police chased them away.",
            "On 10 March 2024, the police stopped a march of teachers heading to the parliament in Nairobi.",
        ] {
            #expect(events(text).first?.subEventType == .protestWithIntervention, "\(text)")
        }
    }
}
