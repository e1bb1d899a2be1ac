import Testing
import VigilExtract
import VigilModel

/// A patrol passing through is no event; a patrol that meets an incident is one.
@Suite struct RoutinePatrolTests {
    @Test func aPatrolPassingThroughIsNoEvent() {
        let text = "On 10 March 2024, a joint Russian-Turkish military patrol passed through villages of Ain Issa, Syria, amid a heavy presence of military forces."
        #expect(defaultExtractor.extract(document(text)).events.isEmpty, "with the shipped model: \(text)")
    }

    @Test func aPatrolThatMeetsAnIncidentIsAnEvent() {
        let fired = "On 10 March 2024, a joint Russian-Turkish patrol came under fire from unidentified gunmen near Kobani, Syria."
        #expect(defaultExtractor.extract(document(fired)).events.first?.subEventType == .armedClash)
        let bomb = "On 10 March 2024, a roadside bomb struck a joint Russian-Turkish patrol near Kobani, Syria, wounding two soldiers."
        #expect(defaultExtractor.extract(document(bomb)).events.first?.subEventType == .remoteExplosiveLandmineIED)
        let shot = "On 10 March 2024, Al Shabaab militants shot dead a police officer during a routine patrol near Kismayo."
        #expect(events(shot).isEmpty == false)
    }
}
