import Foundation

/// Times `vigil extract` of one document in a child process, from start to exit: what a user waits for before the
/// first event (loading the gazetteer, the models and the word lists, then one extraction).
struct StartupBenchmark {
    /// How many runs; the fastest counts.
    var repeats: Int

    /// The fastest run's seconds.
    func run(text: String) throws -> Double {
        guard let executable = Bundle.main.executableURL else {
            throw CLIError("cannot find the vigil executable to time its start-up", code: .ioError)
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vigil-startup-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let document = folder.appendingPathComponent("one.jsonl")
        try JSONSerialization.data(withJSONObject: ["id": "startup", "text": text]).write(to: document)
        var best = Double.infinity
        for _ in 0..<max(repeats, 3) {
            let process = Foundation.Process()
            process.executableURL = executable
            process.arguments = ["extract", document.path]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            let start = Date()
            try process.run()
            process.waitUntilExit()
            best = min(best, Date().timeIntervalSince(start))
            guard process.terminationStatus == 0 else {
                throw CLIError("`vigil extract` of one document exited with \(process.terminationStatus)", code: .ioError)
            }
        }
        return best
    }
}
