import Foundation
import Testing
import VigilClassify

/// The model Vigil ships (scripts/train_model.sh) on news sentences written for these tests.
@Suite struct ShippedModelTests {
    static let url = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources/VigilExtract/Resources/subevent.model")

    let model: LinearClassifier

    init() throws {
        model = try LinearClassifier(contentsOf: Self.url)
    }

    @Test func hasAllSubEventTypes() {
        #expect(model.labels.count == 25)
    }

    @Test(arguments: [
        ("Israeli warplanes struck a house in Khan Younis", "Air/drone strike"),
        ("Hundreds marched peacefully through the capital demanding higher wages", "Peaceful protest"),
        ("Gunmen kidnapped eight passengers from a bus on the highway near Zaria", "Abduction/forced disappearance"),
        ("Soldiers and separatist fighters exchanged fire for several hours near Bamenda", "Armed clash"),
        ("A roadside bomb hit a military vehicle outside Kandahar, killing two soldiers", "Remote explosive/landmine/IED"),
        ("Protesters demanding justice for a man who died in custody threw rocks at officers and burned tyres",
         "Violent demonstration"),
        ("A mob beat a suspected thief to death at the bus station", "Mob violence"),
        ("Artillery shells fell on residential areas of Donetsk overnight", "Shelling/artillery/missile attack"),
        ("A suicide bomber blew himself up at a checkpoint in Mogadishu", "Suicide bomb"),
    ])
    func classifiesNewsSentences(text: String, label: String) {
        #expect(model.prediction(for: text).label == label)
    }

    @Test func isLessSureOnNonEvents() {
        let event = model.prediction(for: "Unidentified gunmen shot dead a village chief in his home").confidence
        let nonEvent = model.prediction(for: "The finance ministry published figures showing a rise in exports").confidence
        #expect(nonEvent < event)
        #expect(nonEvent < 0.5)
    }
}
