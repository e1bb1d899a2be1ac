import Testing
@testable import VigilExtract

@Suite struct ActorNameTemplateTests {
    @Test func theCountryFillsTheTemplate() {
        #expect(ActorMention.filling("Protesters ({country})", country: "Kenya") == "Protesters (Kenya)")
        #expect(ActorMention.filling("Police Forces of {country}", country: "Iraq") == "Police Forces of Iraq")
        #expect(ActorMention.filling("Al Shabaab", country: "Somalia") == "Al Shabaab")
    }

    @Test func withoutACountryTheNameStandsAlone() {
        #expect(ActorMention.filling("Protesters ({country})", country: nil) == "Protesters")
        #expect(ActorMention.filling("Military Forces of {country} (2019-)", country: "") == "Military Forces (2019-)")
    }
}
