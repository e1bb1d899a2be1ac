import Foundation
import Testing
import VigilText
import VigilExtract
import VigilLink
import VigilModel

/// Linking cost against extraction cost, on synthetic reports spread over a year.
///
/// The unit test links 5,000 reports; set `VIGIL_LINK_BENCH=100000` to run the full measurement.
@Suite struct ThroughputTests {
    /// Synthetic reports: `count` reports of about count/2.5 events at 3,000 places over 2024, each
    /// event told by one to four sources with their own dates, tolls and words.
    static func synthetic(_ count: Int) -> (reports: [LinkReport], truth: [String: String]) {
        var random = SeededGenerator(seed: 2024)
        func pick(_ n: Int) -> Int { Int(random.next() % UInt64(n)) }
        let towns = (0..<3000).map { i in
            place("Town \(i)", -10 + Double(pick(50_000)) / 1000, -20 + Double(pick(120_000)) / 1000, admin1: "Province \(i / 30)", country: "Country \(i / 300)")
        }
        let types: [SubEventType] = [.airDroneStrike, .shellingArtilleryMissileAttack, .armedClash, .attack, .peacefulProtest, .remoteExplosiveLandmineIED, .abductionForcedDisappearance, .protestWithIntervention]
        let weapons = ["drone", "rockets", "gunfire", "IED", nil]
        var reports: [LinkReport] = []
        var truth: [String: String] = [:]
        var event = 0
        while reports.count < count {
            let day = CalendarDay(iso: "2024-01-01")!.adding(days: pick(366))
            let town = towns[pick(towns.count)], type = types[pick(types.count)]
            let actor = "Armed Group \(pick(200))", weapon = weapons[pick(weapons.count)], toll = pick(12)
            for source in 0..<(1 + pick(4)) where reports.count < count {
                let id = "e\(event)-s\(source)"
                reports.append(
                    report(
                        id, doc: "doc-\(event)-\(source)", date: (source == 3 ? day.adding(days: 1) : day).description,
                        type: type, actor1: source == 2 ? "Unidentified Armed Group" : actor, actor2: "Civilians", place: town,
                        fatalities: source == 1 ? nil : toll + source, weapon: weapon,
                        context: "\(actor) \(type.rawValue) \(town.name) \(toll) killed report \(source)"))
                truth[id] = "event-\(event)"
            }
            event += 1
        }
        return (reports, truth)
    }

    static func measure(_ count: Int) throws -> (linkPerReport: Double, extractPerEvent: Double, score: BCubed) {
        let (reports, truth) = synthetic(count)
        let clock = ContinuousClock()
        var linker = EventLinker()
        let linking = clock.measure {
            // Arrive in batches of 256, as `vigil process` saves them.
            var start = 0
            while start < reports.count {
                linker.add(Array(reports[start..<min(start + 256, reports.count)]))
                start += 256
            }
        }
        var predicted: [String: String] = [:]
        for event in linker.canonicalEvents { for id in event.reportIDs { predicted[id] = event.id } }
        let extractor = try #require(ExtractedLinkingTests.extractor)
        let documents = try LinkFixtures.documents()
        var extracted = 0
        let extraction = clock.measure {
            for document in documents { extracted += extractor.extract(document).events.count }
        }
        func seconds(_ duration: Duration) -> Double {
            Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
        }
        return (seconds(linking) / Double(count), seconds(extraction) / Double(max(extracted, 1)), BCubed(predicted: predicted, truth: truth))
    }

    @Test func linkingAddsLessThanTwentyPercent() throws {
        let count = Int(ProcessInfo.processInfo.environment["VIGIL_LINK_BENCH"] ?? "") ?? 5000
        let result = try Self.measure(count)
        let share = result.linkPerReport / result.extractPerEvent
        print("throughput (\(count) synthetic reports): linking \(String(format: "%.1f", result.linkPerReport * 1e6)) µs/report, extraction \(String(format: "%.1f", result.extractPerEvent * 1e6)) µs/event: linking adds \(String(format: "%.1f", share * 100))%; synthetic \(result.score)")
        #expect(share < 0.2)
        #expect(result.score.precision > 0.95)
    }
}
