import Testing
import VigilExtract
import VigilModel

/// Fighting between two named sides is an armed clash (ACLED: both sides are organized and armed), however the
/// report words it; security forces killed by an armed group are no civilians, even in a headline's short passive.
@Suite struct MutualFightingTests {
    @Test func pluralGunBattlesAndFirefightsAreAClash() {
        // The plural names the same fighting as the singular; villagers caught in it are not its target.
        let e = events("On 10 March 2024, two villagers were killed in gun battles between Fulani militiamen and Dozo hunters near Djenne, Mali.")
        #expect(e.first?.subEventType == .armedClash)
        let f = events("On 10 March 2024, a farmer was killed in firefights between rival cattle rustlers near Gusau, Nigeria.")
        #expect(f.first?.subEventType == .armedClash)
        let g = events("On 10 March 2024, a shepherd was wounded in exchanges of fire between rival militias near Tawergha, Libya.")
        #expect(g.first?.subEventType == .armedClash)
    }

    @Test func firefightersAreNoFirefight() {
        // The word for those who put out fires names no fighting.
        let e = events("On 10 March 2024, a mob assaulted two firefighters with iron rods in Dinajpur, Bangladesh.")
        #expect(e.first?.subEventType != .armedClash)
    }

    @Test func fightingBetweenTwoSidesIsAClash() {
        // Villagers who flee the fighting are not its target.
        let e = events("On 10 March 2024, fighting broke out between the KIA and government troops near Hpakant, Myanmar, forcing 100 villagers to flee.")
        #expect(e.first?.subEventType == .armedClash)
        let f = events("On 10 March 2024, fighting between government troops and the TNLA near Lashio, Myanmar, forced residents to flee.")
        #expect(f.first?.subEventType == .armedClash)
    }

    @Test func armedMenKillingVillagersStayAnAttack() {
        // No word names two sides fighting: gunmen who kill villagers attack civilians.
        let e = events("On 10 March 2024, gunmen shot dead three villagers near Gusau, Nigeria.")
        #expect(e.first?.subEventType == .attack)
        let f = events("On 10 March 2024, gunmen shot dead three villagers near Gusau, Nigeria, during fighting over cattle.")
        #expect(f.first?.subEventType == .attack)
    }

    @Test func headlinePassiveOnSecurityForcesIsAClash() {
        let e = events("Police officer shot dead by unknown gunmen in Gusau, Nigeria", published: "2024-03-12")
        #expect(e.first?.subEventType == .armedClash)
        let f = events("On 10 March 2024, a police officer was shot dead by gunmen in Gusau, Nigeria.")
        #expect(f.first?.subEventType == .armedClash)
    }

    @Test func headlinePassiveOnACivilianIsAnAttack() {
        let e = events("Teacher shot dead by unknown gunmen in Gusau, Nigeria", published: "2024-03-12")
        #expect(e.first?.subEventType == .attack)
        // An active verb: the police officer shot, and was not shot.
        let f = events("Police officer shot dead a teacher in Gusau, Nigeria", published: "2024-03-12")
        #expect(f.first?.subEventType == .attack)
        #expect(f.first?.actor1.hasPrefix("Police Forces") == true)
    }

    @Test func forcesFiringOnEachOtherClash() {
        // Both sides fire: an armed clash, though only the civilians caught between them are named as hurt.
        let e = events("On 10 March 2024, two villagers were wounded when troops of India and Pakistan fired on each other's positions in Kupwara, India.")
        #expect(e.first?.subEventType == .armedClash)
        let f = events("On 10 March 2024, a woman was killed when Armenian and Azerbaijani troops targeted each other near Tovuz, Azerbaijan.")
        #expect(f.first?.subEventType == .armedClash)
        // "each other" after another verb names no fighting between armed sides.
        let g = events("On 10 March 2024, gunmen shot dead two villagers who had quarrelled with each other near Gusau, Nigeria.")
        #expect(g.first?.subEventType == .attack)
    }

    /// Artillery both sides fire at each other is a clash, not a one-sided shelling.
    @Test func exchangedArtilleryFireIsAClash() {
        let e = events("On 10 March 2024, Al Shabaab and government forces exchanged artillery fire near Kismayo.")
        #expect(e.first?.subEventType == .armedClash)
        let f = events("On 10 March 2024, Al Shabaab shelled government positions near Kismayo with mortars.")
        #expect(f.first?.subEventType == .shellingArtilleryMissileAttack)
    }

    /// A ceasefire armed forces violated, with no other word for how, is fighting; one violated by shelling stays shelling.
    @Test func violatedCeasefireIsFighting() {
        let e = events("On 10 March 2024, Al Shabaab violated the ceasefire near Kismayo; one soldier was wounded.")
        #expect(e.first?.subEventType == .armedClash)
        let f = events("On 10 March 2024, Al Shabaab violated the ceasefire by shelling army positions near Kismayo.")
        #expect(f.first?.subEventType == .shellingArtilleryMissileAttack)
    }

    /// Explosions heard with shots or bursts of small-arms fire are both sides' fighting; explosions alone stay a shelling.
    @Test func explosionsWithSmallArmsFireAreAClash() {
        let e = events("On 10 March 2024, monitors recorded 14 explosions and about 60 shots and bursts of small-arms fire near Tovuz, Azerbaijan.")
        #expect(e.first?.subEventType == .armedClash)
        #expect(e.first?.weapon == "gunfire")
        let f = events("On 10 March 2024, gunshots and explosions were heard as gunmen stormed an army post near Gao, Mali.")
        #expect(f.first?.subEventType == .armedClash)
        let g = events("On 10 March 2024, monitors recorded 14 explosions near Tovuz, Azerbaijan.")
        #expect(g.first?.subEventType == .shellingArtilleryMissileAttack)
        // Heavy weapons the shots make a fight's weapons count at their full strength for it.
        let h = events("On 10 March 2024, monitors recorded 12 explosions, 5 projectiles in flight and 40 shots near Tovuz, Azerbaijan.")
        #expect(h.first?.subEventType == .armedClash)
    }

    /// Machine guns fired at villages with no one named firing back are a shelling; fired at troops who answer, a clash.
    @Test func oneSidedMachineGunFireIsAShelling() {
        let e = events("On 10 March 2024, Armenian border guards targeted several villages in Tovuz district, Azerbaijan, with heavy machine guns.")
        #expect(e.first?.subEventType == .shellingArtilleryMissileAttack)
        let f = events("On 10 March 2024, Armenian forces fired heavy machine guns at Azerbaijani positions near Tovuz, Azerbaijan, and the Azerbaijani troops returned fire.")
        #expect(f.first?.subEventType == .armedClash)
    }
}
