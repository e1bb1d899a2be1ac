import Testing
import VigilExtract
import VigilModel

/// News prose read by the shipped extractor: the semantic model types it and drops war words that report no war event.
@Suite struct NewsTypingTests {
    @Test(arguments: [
        "PESHAWAR, Pakistan - A boiler exploded at a fertiliser plant outside Peshawar on Monday, killing four workers, "
            + "and firefighters battled the blaze for hours, rescue officials said.",
        "An anti-terrorism court in Peshawar on Tuesday sentenced three men to life in prison for their part in the 2019 "
            + "bombing of a bus station that killed 12 people.",
        "Nairobi striker Kevin Otieno fired a shot past the keeper in the 89th minute as his side battled back to a 2-2 draw "
            + "on Sunday.",
    ])
    func warWordsWithoutAWarEventMakeNoEvent(text: String) {
        #expect(events(text, extractor: defaultExtractor).isEmpty)
    }

    @Test func othersWordsForShellingAreShelling() throws {
        let found = events(
            "Separatist gunners rained mortar rounds on the outskirts of Kismayo through Tuesday night, wounding two farmers, "
                + "a district official said.", extractor: defaultExtractor)
        let event = try #require(found.first)
        #expect(event.subEventType == .shellingArtilleryMissileAttack)
    }

    @Test func anAbductionToldWithoutTheWordIsAnAbduction() throws {
        let found = events(
            "Masked gunmen seized a Catholic priest from his parish house near Kismayo on Saturday and drove off with him "
                + "into the bush, church officials said.", extractor: defaultExtractor)
        let event = try #require(found.first)
        #expect(event.subEventType == .abductionForcedDisappearance)
    }
}
