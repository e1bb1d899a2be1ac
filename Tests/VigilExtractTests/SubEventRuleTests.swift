import Testing
import VigilExtract
import VigilModel

/// Sub-event rules that separate close types (attack or clash, the demonstration ladder, mob violence).
@Suite struct SubEventRuleTests {
    func events(_ text: String, published: String? = "2024-03-12") -> [Event] {
        sharedExtractor.extract(document(text, published: published)).events
    }

    @Test func namedGroupWithGenericWordIsOneActor() {
        // "Taliban fighters" is one group, not the Taliban and an unidentified armed group fighting.
        let e = events("On 10 March 2024, a school teacher was shot dead by al-Shabaab militants near Afgoye, Somalia.")
        #expect(e.first?.subEventType == .attack)
        #expect(e.first?.actor1 == "Al Shabaab")
        #expect(e.first?.actor2.hasPrefix("Unidentified Armed Group") == false)
    }
}
