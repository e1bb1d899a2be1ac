import Testing
import VigilLink
import VigilModel

/// The blocking rules and the score.
@Suite struct LinkScorerTests {
    let scorer = LinkScorer()

    @Test func sameEventFromTwoOutletsScoresAboveTheThreshold() throws {
        let score = try #require(scorer.assess(report("a-1", fatalities: 0), report("b-1")).score)
        #expect(score.total >= LinkSettings.standard.threshold)
    }

    @Test func oneSourceReportingTwoEventsIsNeverMerged() {
        #expect(scorer.assess(report("a-1"), report("a-2")) == .blocked(.sameSource))
    }

    @Test func dayWindowWidensWithCoarsePrecision() {
        #expect(scorer.assess(report("a-1"), report("b-1", date: "2023-11-08")) == .blocked(.dates))
        #expect(scorer.assess(report("a-1"), report("b-1", date: "2023-11-08", precision: .week)).score != nil)
        #expect(scorer.assess(report("a-1"), report("b-1", date: "2023-11-20", precision: .month)).score != nil)
    }

    @Test func distanceLimitAndProvinces() {
        let erbil = place("Erbil", 36.19, 44.01, admin1: "Erbil")
        #expect(scorer.assess(report("a-1"), report("b-1", place: erbil)) == .blocked(.places))
        let anbar = place("Al Anbar", 33.4, 42.0, admin1: "Al Anbar", precision: .region)
        #expect(scorer.assess(report("a-1"), report("b-1", place: anbar)).score != nil, "same province at geo_precision 3")
        let baghdad = place("Baghdad", 33.34, 44.40, admin1: "Baghdad", precision: .region)
        #expect(scorer.assess(report("a-1"), report("b-1", place: baghdad)) == .blocked(.places))
    }

    @Test func incompatibleTypesAreApart() {
        #expect(scorer.assess(report("a-1"), report("b-1", type: .peacefulProtest)) == .blocked(.types))
        #expect(SubEventCompatibility.agreement(.airDroneStrike, .shellingArtilleryMissileAttack) == 0.5)
    }

    @Test func attackAndRetaliationAreApart() {
        let strike = report("a-1", actor1: "M23: March 23 Movement", actor2: "Civilians (Democratic Republic of Congo)")
        let retaliation = report(
            "b-1", actor1: "Military Forces of the Democratic Republic of Congo (2019-)", actor2: "M23: March 23 Movement")
        #expect(scorer.assess(strike, retaliation) == .blocked(.reversedRoles))
        let clashA = report("a-1", type: .armedClash, actor1: "ELN", actor2: "Military Forces of Colombia (2022-)")
        let clashB = report("b-1", type: .armedClash, actor1: "Military Forces of Colombia (2022-)", actor2: "ELN")
        #expect(scorer.assess(clashA, clashB).score != nil, "each side of a clash names itself the defender")
    }

    @Test func differentWeaponsOnOneBaseOnOneDayStayApart() throws {
        let rockets = report("a-1", type: .shellingArtilleryMissileAttack, actor1: "Unidentified Armed Group (Iraq)", weapon: "rockets")
        let drone = report("b-1", weapon: "drone")
        let score = try #require(scorer.assess(rockets, drone).score)
        #expect(score.total < LinkSettings.standard.threshold)
    }
}
