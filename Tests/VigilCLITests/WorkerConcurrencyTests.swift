import Foundation
import Testing
import VigilText

/// Several `vigil worker` processes on one PostgreSQL database, one of them killed with SIGKILL
/// mid-run, leave the same database as one `vigil process` on the same input.
///
/// Runs when `VIGIL_TEST_POSTGRES_URL` is set (`make test` starts a throwaway cluster). The input
/// has `VIGIL_TEST_WORKER_DOCUMENTS` documents (default 2,000, so that a debug build stays quick),
/// syndicated exact copies and near-copies included; the full-size check is
/// `VIGIL_TEST_WORKER_DOCUMENTS=20000 scripts/with_postgres.sh swift test --filter WorkerConcurrencyTests`.
@Suite(.enabled(if: WorkerTestSettings.postgresURL != nil, "VIGIL_TEST_POSTGRES_URL is not set"))
struct WorkerConcurrencyTests {

    @Test func fourWorkersWithOneKilledEqualOneProcess() throws {
        let base = try #require(WorkerTestSettings.postgresURL)
        let vigil = try VigilProcess()
        defer { vigil.cleanUp() }
        let suffix = UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "").prefix(12)
        func url(_ name: String) -> String { base + (base.contains("?") ? "&" : "?") + "schema=\(name)_\(suffix)" }
        let single = url("single"), parallel = url("workers")
        let input = try vigil.write("reports.jsonl", SyndicatedReports.jsonLines(count: WorkerTestSettings.documentCount))
        for database in [single, parallel] {
            let ingested = try vigil.run(["ingest", "--db", database, input])
            #expect(ingested.status == 0, "\(ingested.stderr)")
        }
        let processed = try vigil.run(["process", "--db", single])
        #expect(processed.status == 0, "\(processed.stderr)")

        // Short leases, so that the killed worker's stories are taken over within the test.
        var workers: [Process] = []
        for number in 1...WorkerTestSettings.workers {
            let worker = vigil.start(["worker", "--db", parallel, "--batch", "16", "--lease", "3", "--exit-when-idle"])
            worker.standardOutput = FileHandle.nullDevice
            worker.standardError = try vigil.logFile("worker\(number).err")
            try worker.run()
            workers.append(worker)
        }
        let victim = workers[0]
        let progress = vigil.folder.appendingPathComponent("worker1.err")
        let deadline = Date().addingTimeInterval(300)
        while victim.isRunning, Date() < deadline,
            !((try? String(contentsOf: progress, encoding: .utf8))?.contains("stories") ?? false)
        {
            Thread.sleep(forTimeInterval: 0.05)
        }
        #expect(victim.isRunning, "worker 1 finished before it could be killed")
        kill(victim.processIdentifier, SIGKILL)
        victim.waitUntilExit()
        #expect(victim.terminationReason == .uncaughtSignal)
        for worker in workers.dropFirst() {
            worker.waitUntilExit()
            #expect(worker.terminationStatus == 0)
        }
        // The killed worker's claims outlive it by at most the lease; a late worker takes them.
        Thread.sleep(forTimeInterval: 3.5)
        let late = try vigil.run(["worker", "--db", parallel, "--exit-when-idle", "--json"])
        #expect(late.status == 0, "\(late.stderr)")

        for command in [["stats", "--json"], ["events", "--json", "--limit", "10000000"], ["link", "list", "--json", "--limit", "10000000"]] {
            let one = try vigil.run(command + ["--db", single]), many = try vigil.run(command + ["--db", parallel])
            #expect(one.status == 0 && many.status == 0, "\(one.stderr)\(many.stderr)")
            let oneLines = one.stdout.split(separator: "\n").sorted(), manyLines = many.stdout.split(separator: "\n").sorted()
            #expect(!oneLines.isEmpty)
            #expect(oneLines.count == manyLines.count, "\(command.joined(separator: " ")): \(oneLines.count) lines from one process, \(manyLines.count) from workers")
            #expect(oneLines == manyLines, "\(command.joined(separator: " ")) differs between one process and the workers")
        }
        let stats = try #require(
            try JSONSerialization.jsonObject(with: Data(try vigil.run(["stats", "--json", "--db", parallel]).stdout.utf8)) as? [String: Any])
        #expect(stats["documents"] as? Int ?? 0 < WorkerTestSettings.documentCount)  // exact copies add sources only
        #expect(stats["stories_pending"] as? Int == 0)
    }
}

/// The test's database and size, from the environment.
enum WorkerTestSettings {
    static let postgresURL = ProcessInfo.processInfo.environment["VIGIL_TEST_POSTGRES_URL"].flatMap { $0.isEmpty ? nil : $0 }
    static let documentCount = ProcessInfo.processInfo.environment["VIGIL_TEST_WORKER_DOCUMENTS"].flatMap(Int.init) ?? 2_000
    static let workers = 4
}

extension VigilProcess {
    /// A new file in the folder, open for writing (a child process's output).
    func logFile(_ name: String) throws -> FileHandle {
        let url = folder.appendingPathComponent(name)
        guard FileManager.default.createFile(atPath: url.path, contents: nil) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: url.path])
        }
        return try FileHandle(forWritingTo: url)
    }
}

/// Short synthetic conflict reports, as wires and their syndicators publish them: about 15% of the
/// reports come again word for word from another outlet, 10% again with a few words changed.
enum SyndicatedReports {
    static let places = [
        "Bannu", "Kharkiv", "Donetsk", "Gao", "Mogadishu", "Kismayo", "Maiduguri", "Goma", "Bunia", "Aleppo", "Idlib",
        "Mosul", "Kirkuk", "Sittwe", "Mandalay", "El Fasher", "Khartoum", "Port-au-Prince", "Timbuktu", "Mopti",
        "Peshawar", "Quetta", "Herat", "Sanaa", "Taiz", "Marib", "Benghazi", "Tripoli",
    ]
    static let actors = ["Militants", "Gunmen", "Soldiers", "Rebels", "Protesters", "Unidentified attackers", "Armed men"]
    static let actions = [
        "attacked a police post in {p}, killing {n} officers",
        "clashed with government forces near {p}; {n} fighters were killed",
        "shelled residential areas of {p}, killing {n} civilians",
        "staged a protest in {p} against rising prices; {n} people were arrested",
    ]
    static let days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

    /// `count` JSONL documents (copies included), the same for the same count.
    static func jsonLines(count: Int) -> String {
        var random = SeededGenerator(seed: 7)
        var lines: [String] = []
        var report = 0
        while lines.count < count {
            let place = places[random.next(below: places.count)], day = 1 + random.next(below: 28)
            let action = actions[random.next(below: actions.count)]
                .replacingOccurrences(of: "{p}", with: place)
                .replacingOccurrences(of: "{n}", with: String(1 + random.next(below: 40)))
            let text = "\(actors[random.next(below: actors.count)]) \(action) on \(days[random.next(below: days.count)]), "
                + "local officials said. The incident took place on March \(day), 2024, according to residents who "
                + "spoke by telephone. Security forces said an investigation was under way."
            let published = String(format: "2024-03-%02d", day)
            func line(_ id: String, _ source: String, _ text: String) -> String {
                #"{"id":"\#(id)","title":"Report \#(report) from \#(place)","text":"\#(text)","published":"\#(published)","source":"\#(source)"}"#
            }
            lines.append(line("r\(report)", "Wire", text))
            let copy = random.next(below: 100)
            if copy < 15 {
                lines.append(line("r\(report)-copy", "Syndicate", text))
            } else if copy < 25 {
                lines.append(line("r\(report)-near", "Other", text.replacingOccurrences(
                    of: "local officials said", with: "local officials told reporters")))
            }
            report += 1
        }
        return lines.prefix(count).joined(separator: "\n") + "\n"
    }
}
