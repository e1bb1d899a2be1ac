import Testing
import VigilExtract
import VigilModel

/// What a place suffers habitually ("is regularly targeted") is background, not an event.
@Suite struct HabitualBackgroundTests {
    static let kharkiv = """
        KHARKIV, Ukraine - Ukrainian air defence units shot down 17 Shahed-type attack drones launched by Russia over the \
        Kharkiv region during the night to Thursday, the head of the regional military administration said.
        Falling debris damaged the roof of a warehouse and broke windows in several apartment buildings in the city's \
        Kyivskyi district, but no one was hurt, he wrote on Telegram.
        Kharkiv, about 30 kilometres from the Russian border, is regularly targeted by drones, guided bombs and missiles.
        """

    @Test func interceptionReportWithHabitualBackgroundIsDisrupted() {
        let e = defaultExtractor.extract(document(Self.kharkiv, published: "2024-11-14")).events
        #expect(e.count == 1)
        #expect(e.first?.subEventType == .disruptedWeaponsUse)
        // ACLED codes the interceptor as actor1 and the launcher as actor2 ("Hamas downed 2 armed UAVs":
        // Hamas | Military Forces of Israel).
        #expect(e.first?.actor1 == "Military Forces of Ukraine")
        #expect(e.first?.actor2 == "Military Forces of Russia")
    }

    @Test func habitualSentencesAloneReportNothing() {
        for text in [
            "Border villages near Kismayo are frequently shelled by Al Shabaab militants, residents say.",
            "The base near Kismayo has repeatedly been hit by mortars and rockets fired by Al Shabaab.",
        ] {
            #expect(events(text).isEmpty, "\(text)")
        }
    }

    @Test func anEventBesideAHabitIsKept() {
        let e = events("On 10 March 2024, Kismayo, which is frequently shelled, was hit by Al Shabaab mortars, killing three people.")
        #expect(e.first?.subEventType == .shellingArtilleryMissileAttack)
        #expect(e.first?.fatalities == 3)
        let f = events("Al Shabaab militants have repeatedly shelled the town, and on 10 March 2024 a mortar round killed three people in Kismayo.")
        #expect(f.first?.subEventType == .shellingArtilleryMissileAttack)
        let g = events("On 10 March 2024, Al Shabaab militants shelled Kismayo, killing two civilians. The town has repeatedly been hit by mortars.")
        #expect(g.count == 1)
        #expect(g.first?.fatalities == 2)
    }

    @Test func theLauncherOfInterceptedWeaponsIsActor2() {
        let e = events("On 10 March 2024, Israeli air defences intercepted a drone launched by Hamas over Khan Younis.")
        #expect(e.first?.subEventType == .disruptedWeaponsUse)
        #expect(e.first?.actor1 == "Military Forces of Israel")
        #expect(e.first?.actor2 == "Hamas Movement")
        // A defusal names no launcher: the device's planter stays the target when named.
        let f = events("On 10 March 2024, Somali soldiers defused a roadside bomb near Kismayo.")
        #expect(f.first?.subEventType == .disruptedWeaponsUse)
        #expect(f.first?.actor1 == "Military Forces of Somalia")
    }
}
