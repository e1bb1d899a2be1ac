import Foundation
import Testing
import VigilModel
import VigilStore

@Suite struct IngestCommandTests {
    let seed = VigilProcess.shared.appendingPathComponent("seed").path

    @Test(.enabled(if: VigilProcess.hasSeed, VigilProcess.noSeed)) func seedIngestedTwiceIsOneDocumentWithItsSources() throws {
        let vigil = try VigilProcess()
        defer { vigil.cleanUp() }
        let first = try vigil.run(["ingest", seed])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("ingested 1 new document"))
        let again = try vigil.run(["ingest", seed])
        #expect(again.status == 0)
        #expect(again.stdout.contains("ingested 0 new documents"))
        let stats = try SQLiteStore(path: vigil.database).stats()
        #expect(stats.documents == 1)
        #expect(stats.stories == 1)
        #expect(stats.sources == 2)  // the .txt and the JSONL copy; re-ingesting adds nothing
    }

    @Test(.enabled(if: VigilProcess.hasSeed, VigilProcess.noSeed)) func repeatedBodyIsMarkedAndSyndicatedCopyJoinsTheStory() throws {
        let vigil = try VigilProcess()
        defer { vigil.cleanUp() }
        let syndicated = VigilProcess.samples.appendingPathComponent("syndicated/2023-11-06-meridian-wire-militia-drone-claims.txt").path
        let result = try vigil.run(["ingest", "--json", seed + "/seed.docs.jsonl", syndicated])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("\"near_duplicates\":1"))
        let store = try SQLiteStore(path: vigil.database)
        let stored = try #require(try store.document(id: "seed-1"))
        #expect(stored.repeatedSpans.count >= 6)
        #expect(stored.storyDocuments.count == 1)
        #expect(try store.stats().stories == 1)
        #expect(try store.pendingStories(extractorVersion: "test", limit: 10).map(\.id) == ["seed-1"])
    }

    @Test func everyFormatIsRead() throws {
        let vigil = try VigilProcess()
        defer { vigil.cleanUp() }
        let result = try vigil.run(["ingest", "--json", VigilProcess.samples.path])
        #expect(result.status == 0, "\(result.stderr)")
        let store = try SQLiteStore(path: vigil.database)
        let documents = try store.documents(limit: 100, offset: 0)
        // 3 .txt + 2 .html + 4 JSONL + 3 RSS items + 2 Atom entries + 2 syndicated reports.
        #expect(documents.count == 16)
        let rss = documents.filter { $0.id.hasPrefix("gdw-") }
        #expect(rss.count == 3)
        let html = try #require(documents.first { $0.title.contains("Roadside bomb") })
        let text = try #require(try store.document(id: html.id)).document.text
        #expect(!text.contains("function("))
        #expect(!text.lowercased().contains("cookie"))
        #expect(text.contains("Afgoye"))
    }

    @Test func standardInputIsRead() throws {
        let vigil = try VigilProcess()
        defer { vigil.cleanUp() }
        let line = #"{"id":"stdin-1","text":"Police in Nairobi fired tear gas at traders protesting new taxes on Tuesday.","published":"2024-06-25"}"#
        let result = try vigil.run(["ingest", "-"], stdin: line + "\n")
        #expect(result.status == 0, "\(result.stderr)")
        let stored = try #require(try SQLiteStore(path: vigil.database).document(id: "stdin-1"))
        #expect(stored.document.published == CalendarDay(year: 2024, month: 6, day: 25))
    }

    @Test func badInputsAreReportedAndNothingStoredIsLost() throws {
        let vigil = try VigilProcess()
        defer { vigil.cleanUp() }
        #expect(try vigil.run(["ingest", VigilProcess.sampleArticle]).status == 0)
        let invalid = try vigil.write("invalid.txt", Data([0x48, 0x69, 0x0A, 0x41, 0xFF, 0xFE, 0x42]))
        let empty = try vigil.write("empty.txt", "")
        let binary = try vigil.write("binary.txt", Data([0x7F, 0x45, 0x4C, 0x46, 0x00, 0x01, 0x02]))
        let unknown = try vigil.write("notes.docx", "Some words")
        let lines = [
            #"{"id":"good-1","text":"Rioters burned tyres in the town centre on Friday."}"#,
            #"{"id":"broken", "text": "#,
            #"{"id":"good-2","text":"Soldiers clashed with militants near the border.","extra":1}"#,
            #"["not", "an", "object"]"#,
        ]
        let jsonl = try vigil.write("batch.jsonl", lines.joined(separator: "\n") + "\n")
        let result = try vigil.run(["ingest", invalid, empty, binary, unknown, jsonl, "missing.txt"])
        #expect(result.status == 66)
        #expect(result.stderr.contains("invalid.txt: invalid UTF-8 at byte 4"))
        #expect(result.stderr.contains("empty.txt: empty file"))
        #expect(result.stderr.contains("binary.txt: binary file"))
        #expect(result.stderr.contains("notes.docx: unsupported file type \"docx\""))
        #expect(result.stderr.contains("batch.jsonl:2: malformed JSON"))
        #expect(result.stderr.contains("batch.jsonl:4: expected a JSON object"))
        #expect(result.stderr.contains("batch.jsonl:3: unknown field \"extra\" ignored"))
        #expect(result.stderr.contains("missing.txt: no such file or directory"))
        let store = try SQLiteStore(path: vigil.database)
        #expect(try store.stats().documents == 3)
        #expect(try store.document(id: "good-2") != nil)
    }

    @Test func undatedFilesAreNamedOnceEachAndTheirWeekdaysKeepOnlyTheMonth() throws {
        let vigil = try VigilProcess()
        defer { vigil.cleanUp() }
        let text = try vigil.write(
            "checkpoint.txt", "Gunmen attack checkpoint\n\nGunmen attacked a checkpoint in Nairobi on Saturday, killing two police officers.\n")
        let lines = try vigil.write(
            "batch.jsonl",
            #"{"id":"u1","text":"Protesters marched in Nairobi on Friday against the housing levy."}"# + "\n"
                + #"{"id":"u2","text":"Police fired tear gas at traders in Mombasa on Monday."}"# + "\n")
        let dated = try vigil.write("2024-03-12-checkpoint.txt", "Dated\n\nGunmen attacked a checkpoint in Nakuru on Saturday.\n")
        let feed = try vigil.write(
            "wire.rss",
            #"<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>"#
                + "<item><title>A</title><description>Troops clashed with rebels near Goma on Friday.</description></item>"
                + "<item><title>B</title><description>Police arrested ten activists in Harare on Monday.</description></item>"
                + "</channel></rss>")
        let ingest = try vigil.run(["ingest", text, lines, dated, feed])
        #expect(ingest.status == 0, "\(ingest.stderr)")
        #expect(ingest.stderr.contains("checkpoint.txt has no publication date: relative dates in it (\"on Saturday\") get month precision"))
        #expect(ingest.stderr.contains("batch.jsonl has 2 documents without a publication date"))
        #expect(ingest.stderr.contains("wire.rss has 2 documents without a publication date"))
        #expect(!ingest.stderr.contains("2024-03-12-checkpoint.txt"))
        #expect(try vigil.run(["process"]).status == 0)
        let events = try vigil.run(["events", "--json", "--reports"]).stdout.split(separator: "\n").compactMap {
            try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
        }
        let nairobi = events.first { $0["location"] as? String == "Nairobi" }
        #expect(nairobi?["time_precision"] as? Int == 3)
        let nakuru = events.first { $0["location"] as? String == "Nakuru" }
        #expect(nakuru?["event_date"] as? String == "2024-03-09")
        #expect(nakuru?["time_precision"] as? Int == 1)
    }

    @Test func hugeFileIsRefusedWithTheLimit() throws {
        let vigil = try VigilProcess()
        defer { vigil.cleanUp() }
        let paragraph = String(repeating: "Protesters gathered in the square. ", count: 1500) + "\n"
        let big = try vigil.write("big.txt", String(repeating: paragraph, count: 1000))  // ~52 MB
        let result = try vigil.run(["ingest", big])
        #expect(result.status == 65)
        #expect(result.stderr.contains("big.txt: too large: more than 16 MB (16777216 bytes) (`vigil ingest --max-megabytes` raises"))
        #expect(try SQLiteStore(path: vigil.database).stats().documents == 0)
    }

    /// A JSONL line over the limit is rejected alone, by its number; the lines after it are read.
    @Test func aLineOverTheLimitIsSkippedAndTheRestRead() throws {
        let vigil = try VigilProcess()
        defer { vigil.cleanUp() }
        let long = String(repeating: "Protesters gathered in the square. ", count: 60_000)  // ~2 MB
        let lines = [
            #"{"id":"before","text":"Rioters burned tyres in the town centre on Friday."}"#,
            #"{"id":"long","text":"\#(long)"}"#,
            #"{"id":"after-1","text":"Soldiers clashed with militants near the border on Monday."}"#,
            #"{"id":"after-2","text":"Police fired tear gas at students in the capital on Sunday."}"#,
        ]
        let jsonl = try vigil.write("batch.jsonl", lines.joined(separator: "\n") + "\n")
        let result = try vigil.run(["ingest", "--max-megabytes", "1", jsonl])
        #expect(result.status == 65)
        #expect(result.stderr.contains("batch.jsonl:2: line longer than 1 MB (1048576 bytes), skipped"), "\(result.stderr)")
        let store = try SQLiteStore(path: vigil.database)
        #expect(try store.stats().documents == 3)
        #expect(try store.document(id: "after-2") != nil)
    }

    /// A limit so large that it would overflow in bytes is refused before anything is read.
    @Test func anOverflowingLimitIsRefused() throws {
        let vigil = try VigilProcess()
        defer { vigil.cleanUp() }
        let result = try vigil.run(["ingest", "--max-megabytes", "9223372036854775807", VigilProcess.sampleArticle])
        #expect(result.status == 64)
        #expect(result.stderr.contains("--max-megabytes 9223372036854775807 must be between 1 and 1048576 (1 TB)"), "\(result.stderr)")
        #expect(try vigil.run(["ingest", "--max-megabytes", "1048576", VigilProcess.sampleArticle]).status == 0)
    }

    @Test func readOnlyDatabaseGivesAClearError() throws {
        let vigil = try VigilProcess()
        defer { vigil.cleanUp() }
        #expect(try vigil.run(["ingest", VigilProcess.sampleArticle]).status == 0)
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: vigil.database)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: vigil.database) }
        // root ignores file permissions, so the check is Vigil's own.
        let result = try vigil.run(["ingest", VigilProcess.samples.path])
        #expect(result.status == 74)
        #expect(result.stderr.contains("read-only"))
        #expect(result.stderr.contains(vigil.database))
    }

    @Test func killedIngestLeavesWholeDocumentsAndARerunCompletes() throws {
        let vigil = try VigilProcess()
        defer { vigil.cleanUp() }
        let count = 10_000
        var lines: [String] = []
        for i in 0..<count {
            let text = "On \(i % 28 + 1) March 2024, report number \(i): unidentified gunmen attacked a checkpoint in district \(i) "
                + "and \(i % 7) people were killed. Local officials in sector \(i * 3) confirmed the toll."
            lines.append(#"{"id":"bulk-\#(i)","text":"\#(text)"}"#)
        }
        let path = try vigil.write("bulk.jsonl", lines.joined(separator: "\n") + "\n")
        let process = vigil.start(["ingest", path])
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Kill it once some, but not all, documents are in.
        let deadline = Date().addingTimeInterval(30)
        var stored = 0
        while Date() < deadline && process.isRunning {
            if let store = try? SQLiteStore(path: vigil.database), let n = try? store.stats().documents { stored = n }
            if stored > 0 { break }
            Thread.sleep(forTimeInterval: 0.01)
        }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        let store = try SQLiteStore(path: vigil.database)
        let partial = try store.stats()
        #expect(partial.documents == partial.sources)
        for summary in try store.documents(limit: 50, offset: 0) {
            let document = try #require(try store.document(id: summary.id)).document
            #expect(document.text.hasSuffix("confirmed the toll."))
        }
        let rerun = try vigil.run(["ingest", path])
        #expect(rerun.status == 0, "\(rerun.stderr)")
        #expect(try store.stats().documents == count)
    }
}
