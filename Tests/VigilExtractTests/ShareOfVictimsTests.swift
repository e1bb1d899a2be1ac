import Testing
import VigilExtract
import VigilModel

/// Who a number counts when a sentence has two verbs ("kidnapped five people and killed one of them").
@Suite struct ShareOfVictimsTests {
    @Test func theKilledShareOfTheAbductedIsCounted() {
        let e = events("On 10 March 2024, gunmen kidnapped five people and killed one of them near Kismayo.")
        #expect(e.first?.fatalities == 1)
        let f = events("On 10 March 2024, bandits abducted ten farmers and killed two of them near Kismayo.")
        #expect(f.first?.fatalities == 2)
        let g = events("On 10 March 2024, gunmen attacked five villages and killed 12 people near Kismayo.")
        #expect(g.first?.fatalities == 12)
    }

    @Test func theSubjectOfBothVerbsIsStillCounted() {
        // "were abducted and killed": all five died.
        let e = events("On 10 March 2024, five people were abducted and killed by gunmen near Kismayo.")
        #expect(e.first?.fatalities == 5)
        // "three of them children" is part of the ten, not added.
        let f = events("On 10 March 2024, gunmen killed ten people, three of them children, near Kismayo.")
        #expect(f.first?.fatalities == 10)
        // "shot and killed" with no object of its own is the one person's fate.
        let h = events("On 10 March 2024, soldiers fired on a crowd near Kismayo, leaving one person shot and killed and nine others injured.")
        #expect(h.first?.fatalities == 1)
        let g = events("On 10 March 2024, gunmen kidnapped five people near Kismayo.")
        #expect(g.first?.fatalities == 0)
    }
}

/// "beat a suspected thief to death": one death without a number.
@Suite struct ToDeathTests {
    @Test func theObjectBeatenToDeathDied() {
        #expect(events("On 10 March 2024, a mob beat a suspected thief to death in Nairobi.").first?.fatalities == 1)
        #expect(events("On 10 March 2024, gunmen tortured a young herder to death near Kismayo.").first?.fatalities == 1)
        #expect(events("On 10 March 2024, a mob beat two suspected thieves to death in Nairobi.").first?.fatalities == 2)
    }

    @Test func oneDeathIsCountedOnceAndTheCrimePunishedNotAtAll() {
        #expect(events("On 10 March 2024, a mob lynched a suspected thief to death in Nairobi.").first?.fatalities == 1)
        let e = events("On 10 March 2024, a man was burnt to death by a mob in Nairobi after he allegedly stabbed a guard to death.")
        #expect(e.first?.fatalities == 1)
        #expect(events("On 10 March 2024, a mob threatened a journalist with death in Nairobi.").first?.fatalities == 0)
    }
}
