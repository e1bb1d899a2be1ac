import Testing
import VigilModel
import VigilText
@testable import VigilExtract

/// Each stage of the shipped extractor run alone on an analysis that holds only what the stages
/// before it would have left (those are run first where the stage reads them).
@Suite struct ExtractionStageTests {
    /// The shipped extractor's stage named `name`.
    func stage(_ name: String) throws -> any ExtractionStage {
        try #require(defaultExtractor.stages.first { $0.name == name })
    }

    /// `text` analyzed as published on `published` (with `source`), with the stages before `name` run.
    func analysis(
        _ text: String, before name: String, published: String? = "2024-03-12", source: String = ""
    ) throws -> DocumentAnalysis {
        let document = Document(
            id: "stage", source: source, title: "", published: published.flatMap(CalendarDay.init(iso:)), text: text)
        var analysis = DocumentAnalysis(
            document: document, text: AnalyzedText(text), reference: document.published ?? CalendarDay(iso: "2024-03-12")!,
            relativeDatesAnchored: document.published != nil)
        for earlier in defaultExtractor.stages.prefix(while: { $0.name != name }) { earlier.run(&analysis) }
        return analysis
    }

    /// `text` analyzed by the stage `name` alone, the stages before it run first.
    func run(_ name: String, on text: String, published: String? = "2024-03-12", source: String = "") throws -> DocumentAnalysis {
        var analysis = try analysis(text, before: name, published: published, source: source)
        try stage(name).run(&analysis)
        return analysis
    }

    @Test func theStagesRunInTheDocumentedOrder() {
        #expect(defaultExtractor.stageNames == [
            "dateline", "cues", "dates", "source countries", "places", "actors", "quantities", "weapons", "countries",
            "tallies", "events",
        ])
    }

    @Test func datelineStageMarksTheOpeningPlace() throws {
        let analysis = try run("dateline", on: "KHARKIV, Ukraine (AP) — Russian missiles struck the city overnight.")
        #expect(analysis.text.slice(tokens: analysis.dateline).hasPrefix("KHARKIV, Ukraine"))
        #expect(try run("dateline", on: "Russian missiles struck the city overnight.").dateline.isEmpty)
    }

    @Test func cueStageKeepsDefiniteWordsApart() throws {
        let analysis = try run("cues", on: "Police denied that officers fired at the crowd.")
        #expect(analysis.cues.contains { $0.kind == .denial })
        #expect(!analysis.cues.contains { $0.kind == .definite })
        #expect(!analysis.definiteEnds.isEmpty)
    }

    @Test func dateStageResolvesAWeekdayAgainstThePublication() throws {
        let analysis = try run("dates", on: "Gunmen attacked the village on Sunday.")
        #expect(analysis.dates.map(\.day.description) == ["2024-03-10"])
        #expect(analysis.dates.map(\.precision) == [.day])
    }

    @Test func dateStageKeepsOnlyTheMonthOfAnUnanchoredWeekday() throws {
        let analysis = try run("dates", on: "Gunmen attacked the village on Sunday.", published: nil)
        #expect(analysis.dates.map(\.precision) == [.month])
    }

    @Test func sourceCountryStageReadsTheOutletsCountry() throws {
        let analysis = try run("source countries", on: "Bandits raided a market.", source: "Daily Nation (Kenya)")
        #expect(analysis.sourceCountries.map(\.iso3) == ["KEN"])
    }

    @Test func placeStageResolvesANamedBase() throws {
        let analysis = try run("places", on: "Drones struck Ain al-Asad air base in western Iraq.")
        #expect(analysis.places.contains { $0.place.country == "Iraq" && $0.place.name.contains("Asad") })
    }

    @Test func actorStageFindsAnArmedGroup() throws {
        let analysis = try run("actors", on: "Al-Shabaab fighters attacked a police station in the town.")
        #expect(analysis.actors.contains { $0.name(fallbackCountry: nil).contains("Shabaab") })
    }

    @Test func quantityStageCountsTheDeadAndInjured() throws {
        let analysis = try run("quantities", on: "Two soldiers were killed and five were injured.")
        #expect(analysis.quantities.contains { $0.value == 2 && $0.category == .killed })
        #expect(analysis.quantities.contains { $0.value == 5 && $0.category == .injured })
    }

    @Test func weaponStageNamesTheWeapon() throws {
        let analysis = try run("weapons", on: "A roadside bomb hit an army convoy.")
        #expect(analysis.weapons.contains { $0.isArmed })
    }

    @Test func countryStageReadsNationalities() throws {
        let analysis = try run("countries", on: "Ukrainian forces shelled the town.")
        #expect(analysis.countries.map(\.value.iso3) == ["UKR"])
    }

    @Test func tallyStageTakesTheTotalsSentence() throws {
        let analysis = try run(
            "tallies", on: "A total of 38 attacks have been carried out on US forces since October 17, 20 in Iraq and 18 in Syria.")
        #expect(analysis.tallies.map(\.count) == [38])
        #expect(analysis.tallySentences == [0])
    }

    @Test func eventStageAssemblesAnEventWithItsFigures() throws {
        let analysis = try run("events", on: "A roadside bomb killed two soldiers near Kandahar on Sunday.")
        let event = try #require(analysis.events.first)
        #expect(event.subEventType == .remoteExplosiveLandmineIED)
        #expect(event.fatalities == 2)
        #expect(event.eventDate.description == "2024-03-10")
    }

    @Test func eventStageReadsNoEventFromATallysSentence() throws {
        var analysis = try analysis("A roadside bomb killed two soldiers near Kandahar on Sunday.", before: "events")
        analysis.tallySentences = [0]
        try stage("events").run(&analysis)
        #expect(analysis.events.isEmpty)
    }
}
