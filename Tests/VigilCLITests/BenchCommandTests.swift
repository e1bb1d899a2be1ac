import Foundation
import Testing

/// `vigil bench`: what it reports, and its messages for bad options.
@Suite struct BenchCommandTests {
    @Test func extractReportsThroughputMemoryAndStartUp() throws {
        let vigil = try VigilProcess()
        defer { vigil.cleanUp() }
        let result = try vigil.run(["bench", "extract", "--generate", "20", "--json"])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Double])
        #expect(object["documents"] == 20)
        for key in ["documents_per_second", "megabytes_per_second", "peak_memory_mb", "startup_seconds", "model_load_seconds"] {
            #expect((object[key] ?? 0) > 0, "\(key) in \(result.stdout)")
        }
        // Start-up is one extraction in a child process: it takes longer than nothing and less than a minute.
        #expect((object["startup_seconds"] ?? 0) < 60)
    }

    @Test func benchNeedsDocuments() throws {
        let vigil = try VigilProcess()
        defer { vigil.cleanUp() }
        let result = try vigil.run(["bench", "extract"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("give --docs FILE or --generate N"), "\(result.stderr)")
    }
}
