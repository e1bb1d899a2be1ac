import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

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
            best = min(best, try timedRun([executable.path, "extract", document.path]))
        }
        return best
    }

    /// Spawns `arguments` with its output discarded and waits for it, as a shell does (Foundation's `Process` waits by
    /// polling every 50 ms, which would round every run up); the seconds from spawn to exit.
    private func timedRun(_ arguments: [String]) throws -> Double {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid = pid_t()
        let start = Date()
        let spawned = posix_spawn(&pid, arguments[0], &actions, nil, argv, environ)
        guard spawned == 0 else {
            throw CLIError("cannot start `vigil extract` to time its start-up (\(String(cString: strerror(spawned))))", code: .ioError)
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        let elapsed = Date().timeIntervalSince(start)
        // Exited normally (no signal) with status 0.
        guard status & 0x7f == 0, (status >> 8) & 0xff == 0 else {
            throw CLIError("`vigil extract` of one document exited with status \(status)", code: .ioError)
        }
        return elapsed
    }
}
