import Testing
import VigilExtract
import VigilModel

/// Those who suffered violence, named before a demonstration's words, demonstrate: the violence is its cause.
@Suite struct ProtestCauseBeforeTests {
    @Test func sufferersWhoDemonstrateProtest() {
        for text in [
            "On 10 March 2024, families of victims of enforced disappearance staged a protest in Peshawar.",
            "On 10 March 2024, relatives of people killed in the airstrike staged a protest in Peshawar.",
            "On 10 March 2024, victims of enforced disappearance held a rally in Peshawar, demanding the return of their relatives.",
        ] {
            let e = events(text)
            #expect(e.first?.subEventType == .peacefulProtest, "\(text)")
            #expect(e.first?.fatalities == 0, "\(text)")
        }
    }

    @Test func violenceAgainstSufferersIsStillTheEvent() {
        // The relatives are the victims here; no demonstration follows.
        let e = events("On 10 March 2024, gunmen kidnapped two relatives of a protest leader in Peshawar.")
        #expect(e.first?.subEventType == .abductionForcedDisappearance)
        let f = events("On 10 March 2024, gunmen shot dead two relatives of a tribal elder in Peshawar.")
        #expect(f.first?.subEventType == .attack)
    }
}
