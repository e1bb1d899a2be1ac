import Foundation
import Testing

@Suite struct PipelineCommandTests {
    let seedDocs = VigilProcess.shared.appendingPathComponent("seed/seed.docs.jsonl").path

    @Test(.enabled(if: VigilProcess.hasSeed, VigilProcess.noSeed)) func extractWritesTheContractWithoutADatabase() throws {
        let vigil = try VigilProcess()
        defer { vigil.cleanUp() }
        let result = try vigil.run(["extract", "--with-tallies", seedDocs])
        #expect(result.status == 0, "\(result.stderr)")
        let records = result.stdout.split(separator: "\n").compactMap {
            try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
        }
        let events = records.filter { $0["record"] as? String == "event" }
        #expect(events.count == 4)
        #expect(records.filter { $0["record"] as? String == "tally" }.count == 1)
        #expect(events.allSatisfy { $0["event_date"] as? String == "2023-11-06" })
        #expect(!FileManager.default.fileExists(atPath: vigil.database))
    }

    @Test func extractReadsStandardInputAndRejectsBadLines() throws {
        let vigil = try VigilProcess()
        defer { vigil.cleanUp() }
        let input = """
            {"id":"a","text":"On 3 March 2024, police fired tear gas to disperse protesters in Nairobi.","published":"2024-03-05"}
            {"id":"b","text":
            """
        let result = try vigil.run(["extract", "-"], stdin: input + "\n")
        #expect(result.status == 65)
        #expect(result.stderr.contains("stdin:2: malformed JSON"))
        #expect(result.stdout.contains("\"doc_id\":\"a\""))
    }

    @Test(.enabled(if: VigilProcess.hasSeed, VigilProcess.noSeed)) func processEventsAndExportsAgree() throws {
        let vigil = try VigilProcess()
        defer { vigil.cleanUp() }
        #expect(try vigil.run(["ingest", seedDocs]).status == 0)
        let process = try vigil.run(["process", "--json"])
        #expect(process.status == 0, "\(process.stderr)")
        #expect(try vigil.run(["process"]).stdout.contains("processed 0 stories"))
        let listed = try vigil.run(["events", "--json"])
        let events = listed.stdout.split(separator: "\n").compactMap {
            try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
        }
        #expect(events.count == 4)
        let subType = try #require(events.first?["sub_event_type"] as? String)
        let filtered = try vigil.run(["events", "--json", "--sub-type", subType])
        #expect(filtered.stdout.split(separator: "\n").count == events.filter { $0["sub_event_type"] as? String == subType }.count)
        let csv = try vigil.run(["export", "--format", "csv"])
        let lines = csv.stdout.split(separator: "\r\n")
        #expect(lines.first?.hasPrefix("event_id,event_date,time_precision,disorder_type,event_type,sub_event_type,actor1") == true)
        #expect(lines.count == 5)
        let geojson = try vigil.run(["export", "--format", "geojson"])
        let collection = try #require(try JSONSerialization.jsonObject(with: Data(geojson.stdout.utf8)) as? [String: Any])
        #expect((collection["features"] as? [Any])?.count == 4)
        let id = try #require(events.first?["event_id"] as? String)
        let shown = try vigil.run(["events", "show", id])
        #expect(shown.stdout.contains("»[sub_event_type]"))
    }

    /// Two outlets' reports of the reference article's four strikes (`Samples/syndicated/`): every
    /// view lists each strike once, with both sources, and the reports one flag away.
    @Test func eventsStatsAndExportsShowEachRealEventOnceWithItsSources() throws {
        let vigil = try VigilProcess()
        defer { vigil.cleanUp() }
        #expect(try vigil.run(["ingest", VigilProcess.samples.appendingPathComponent("syndicated").path]).status == 0)
        #expect(try vigil.run(["process"]).status == 0)
        func records(_ arguments: [String]) throws -> [[String: Any]] {
            try vigil.run(arguments).stdout.split(separator: "\n").compactMap {
                try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
            }
        }
        let events = try records(["events", "--json"])
        #expect(Set(events.compactMap { $0["location"] as? String }).count == 4)
        #expect(events.count == 4)
        #expect(events.allSatisfy { ($0["event_id"] as? String)?.hasPrefix("ce-") == true })
        #expect(events.allSatisfy { $0["report_count"] as? Int == 2 && $0["source_count"] as? Int == 2 })
        #expect(try records(["events", "--json", "--reports"]).count == 8)
        #expect(try records(["events", "--json", "--country", "iraq"]).count == 2)
        let listing = try vigil.run(["events"]).stdout
        #expect(listing.split(separator: "\n").allSatisfy { $0.contains("  2 sources  [ce-") })
        #expect(try vigil.run(["stats"]).stdout.contains("events     4 real-world events from 8 extracted reports"))
        let csv = try vigil.run(["export", "--format", "csv"]).stdout.split(separator: "\r\n")
        #expect(csv.count == 5)
        #expect(csv.first?.hasSuffix(",report_count,source_count,source_names") == true)
        #expect(csv.dropFirst().allSatisfy { $0.hasPrefix("ce-") && $0.hasSuffix(",2,2,") })
        let id = try #require(events.first?["event_id"] as? String)
        let shown = try vigil.run(["events", "show", id]).stdout
        #expect(shown.contains("sources         2, 2 reports"))
        #expect(shown.contains("canonical       \(id): reports "))

        // A third outlet republishes the first report nearly word for word: it joins that story,
        // and every event of the story counts it as a source.
        let original = try String(
            contentsOf: VigilProcess.samples.appendingPathComponent("syndicated/2023-11-06-meridian-wire-militia-drone-claims.txt"),
            encoding: .utf8)
        let copy = try vigil.write("2023-11-06-copy.txt", original.replacingOccurrences(of: "Meridian Wire", with: "Harbour Post"))
        #expect(try vigil.run(["ingest", copy]).stdout.contains("1 near-duplicate joined existing stories"))
        let linked = try records(["link", "list", "--json"])
        #expect(linked.count == 4)
        #expect(linked.allSatisfy { ($0["document_ids"] as? [String])?.count == 3 })
        #expect(try records(["events", "--json"]).allSatisfy { $0["source_count"] as? Int == 3 })
    }

    @Test func aCorruptDatabaseExits74NamingIt() throws {
        let vigil = try VigilProcess()
        defer { vigil.cleanUp() }
        #expect(try vigil.run(["ingest", VigilProcess.samples.appendingPathComponent("articles").path]).status == 0)
        var bytes = try Data(contentsOf: URL(fileURLWithPath: vigil.database))
        for page in stride(from: 8192, to: bytes.count - 4096, by: 4096) {
            bytes.replaceSubrange(page + 100..<page + 400, with: Data(repeating: 0xA5, count: 300))
        }
        try bytes.write(to: URL(fileURLWithPath: vigil.database))
        for command in [["events"], ["stats"], ["docs"]] {
            let result = try vigil.run(command)
            #expect(result.status == 74, "\(command)")
            #expect(result.stderr.contains("cannot open the database \(vigil.database)"), "\(command)")
        }
    }

    @Test func aRevokedTokenIsGone() throws {
        let vigil = try VigilProcess()
        defer { vigil.cleanUp() }
        #expect(try vigil.run(["token", "create", "--name", "feed-bot"]).status == 0)
        let revoked = try vigil.run(["token", "revoke", "feed-bot"])
        #expect(revoked.status == 0)
        #expect(revoked.stdout.contains("token \"feed-bot\" revoked"))
        #expect(try vigil.run(["token", "list"]).stdout.contains("no tokens"))
        let again = try vigil.run(["token", "revoke", "feed-bot"])
        #expect(again.status == 65)
        #expect(again.stderr.contains("no token named \"feed-bot\""))
    }

    @Test func badParametersNameTheValue() throws {
        let vigil = try VigilProcess()
        defer { vigil.cleanUp() }
        let badType = try vigil.run(["events", "--sub-type", "Drone attack"])
        #expect(badType.status == 64)
        #expect(badType.stderr.contains("unknown sub_event_type \"Drone attack\""))
        let badDate = try vigil.run(["events", "--from", "yesterday"])
        #expect(badDate.stderr.contains("--from \"yesterday\" is not a date"))
        let linkReports = try vigil.run(["link", "list", "--reports"])
        #expect(linkReports.status == 64)
        #expect(linkReports.stderr.contains("--reports and --all-statuses are options of `vigil events`"))
        let hugeBody = try vigil.run(["serve", "--max-body-megabytes", "8796093022208"])
        #expect(hugeBody.status == 64)
        #expect(hugeBody.stderr.contains("--max-body-megabytes 8796093022208 must be between 1 and 4096"))
        let badPlace = try vigil.run(["places", "add", "Camp X", "95", "10", "--country", "Chad"])
        #expect(badPlace.stderr.contains("latitude 95.0 is outside"))
    }

    @Test func userPlacesAreStoredAndListed() throws {
        let vigil = try VigilProcess()
        defer { vigil.cleanUp() }
        let added = try vigil.run(["places", "add", "Camp Alpha", "2.3417", "45.0912", "--country", "SOM", "--aliases", "Alpha Base, Alfa Camp"])
        #expect(added.status == 0, "\(added.stderr)")
        let listed = try vigil.run(["places", "list"])
        #expect(listed.stdout.contains("Camp Alpha  2.3417, 45.0912  Somalia  aka Alpha Base, Alfa Camp"))
        let unknown = try vigil.run(["places", "add", "Camp Beta", "1", "2", "--country", "Atlantis"])
        #expect(unknown.stderr.contains("unknown country \"Atlantis\""))
    }

    @Test func userPlacesAreUsedByTheNextProcessRun() throws {
        let vigil = try VigilProcess()
        defer { vigil.cleanUp() }
        #expect(try vigil.run(["places", "add", "Camp Zulu", "2.3417", "45.0912", "--country", "Somalia"]).status == 0)
        let document = #"{"id":"z1","text":"On 3 March 2024, militants attacked Camp Zulu with mortars, killing two soldiers.","published":"2024-03-04"}"#
        #expect(try vigil.run(["ingest", "-"], stdin: document + "\n").status == 0)
        #expect(try vigil.run(["process"]).status == 0)
        let events = try vigil.run(["events", "--json"]).stdout
        #expect(events.contains("\"location\":\"Camp Zulu\""))
        #expect(events.contains("\"latitude\":2.3417"))
        let geocoded = try vigil.run(["geocode", "--user-places", "Shelling hit Camp Zulu overnight."])
        #expect(geocoded.stdout.contains("Camp Zulu"))
    }
}
