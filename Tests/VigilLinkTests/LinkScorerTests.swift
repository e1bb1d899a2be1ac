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

    @Test func aProvinceLevelRestatementOfOneSourcesEventJoinsIt() throws {
        let tallBaydar = place("Tal Baydar", 36.8713, 40.2184, admin1: "Hasakah", country: "Syria")
        // The geocoder may code "Hasakah province" at the provincial capital; the words say province.
        let hasakah = place("Al Hasakah", 36.50237, 40.74772, admin1: "Hasakah", country: "Syria")
        let precise = report("gulf-3", place: tallBaydar)
        let summary = report("gulf-4", actor2: "", place: hasakah, placeEvidence: "Hasakah province")
        #expect(scorer.assess(summary, precise).score != nil)
        #expect(try #require(scorer.assess(summary, report("seed-3", place: tallBaydar)).score).total >= LinkSettings.standard.threshold)
        let otherTown = report("gulf-5", place: place("Qamishli", 37.05, 41.22, admin1: "Hasakah", country: "Syria"))
        #expect(scorer.assess(otherTown, precise) == .blocked(.sameSource), "two towns of one source stay two events")
        let rockets = report("gulf-6", type: .shellingArtilleryMissileAttack, place: hasakah, weapon: "rockets", placeEvidence: "Hasakah province")
        #expect(scorer.assess(rockets, precise) == .blocked(.sameSource), "another kind of attack in the province is another event")
    }

    @Test func aDistrictHoldsItsTowns() throws {
        let kulachi = place("Kulachi", 31.93058, 70.45959, admin1: "Khyber Pakhtunkhwa", admin2: "Dera Ismail Khan", country: "Pakistan")
        let district = place(
            "Dera Ismail Khan", 31.83129, 70.9017, admin1: "Khyber Pakhtunkhwa", admin2: "Dera Ismail Khan", country: "Pakistan",
            precision: .near)
        let town = report("a-1", type: .remoteExplosiveLandmineIED, place: kulachi, weapon: "IED")
        let wide = report("b-1", type: .remoteExplosiveLandmineIED, place: district, weapon: "roadside bomb", placeEvidence: "Dera Ismail Khan district")
        #expect(try #require(scorer.assess(town, wide).score).place == 0.6, "43 km apart, but the district holds Kulachi")
        let exact = place("Dera Ismail Khan", 31.83129, 70.9017, admin1: "Khyber Pakhtunkhwa", admin2: "Dera Ismail Khan", country: "Pakistan")
        #expect(scorer.assess(town, report("b-1", type: .remoteExplosiveLandmineIED, place: exact)) == .blocked(.places), "the city itself is 43 km away")
    }

    @Test func aForceNamedWithoutItsCountryMatchesTheNamedOne() throws {
        let a = report("a-1", type: .protestWithIntervention, actor1: "Protesters (Georgia)", actor2: "Police Forces of Georgia (2024-)", weapon: nil)
        let b = report("b-1", type: .protestWithIntervention, actor1: "Protesters", actor2: "Police Forces", weapon: nil)
        #expect(try #require(scorer.assess(a, b).score).actors == 0.7 * 0.5 + 0.3 * 0.7)
        let c = report("c-1", type: .protestWithIntervention, actor1: "Protesters", actor2: "Police Forces of Armenia (2018-)", weapon: nil)
        #expect(try #require(scorer.assess(a, c).score).actors == 0.7 * 0.5)
    }
}
