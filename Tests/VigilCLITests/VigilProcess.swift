import Foundation
import Testing

/// Runs the built `vigil` binary the way a user does, in a temporary folder of its own.
struct VigilProcess {
    /// What a run printed and returned.
    struct Output {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// A fresh temporary folder, removed by the caller with `cleanUp()`.
    let folder: URL
    var database: String { folder.appendingPathComponent("vigil.sqlite").path }

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("vigil-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    func cleanUp() {
        try? FileManager.default.removeItem(at: folder)
    }

    /// The repository's `../shared` folder, read-only test data.
    static let shared: URL = repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared")
    /// Whether the reference article is there: a clone without `../shared` skips the checks that read it.
    static let hasSeed = FileManager.default.fileExists(atPath: shared.appendingPathComponent("seed/seed.docs.jsonl").path)
    /// Why such a check was skipped.
    static let noSeed: Comment = "skipped: ../shared/seed (the reference article) is not beside this repository"
    /// One bundled article (Samples/), for checks that need any stored document.
    static var sampleArticle: String { samples.appendingPathComponent("articles/2024-10-16-nigeria-kaduna-abduction.txt").path }
    static let repositoryRoot: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let samples = repositoryRoot.appendingPathComponent("Samples")

    static let binary: URL = {
        let here = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for candidate in [here, here.deletingLastPathComponent(), here.deletingLastPathComponent().deletingLastPathComponent()] {
            let url = candidate.appendingPathComponent("vigil")
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        return repositoryRoot.appendingPathComponent(".build/debug/vigil")
    }()

    /// Writes a file in the folder and returns its path.
    @discardableResult
    func write(_ name: String, _ contents: String) throws -> String {
        try write(name, Data(contents.utf8))
    }

    @discardableResult
    func write(_ name: String, _ data: Data) throws -> String {
        let url = folder.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
        return url.path
    }

    /// Runs `vigil ARGS` against this folder's database (unless `--db` is given) and waits.
    func run(_ arguments: [String], stdin: String? = nil, useDatabase: Bool = true) throws -> Output {
        let process = start(arguments, stdin: stdin, useDatabase: useDatabase)
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        if let stdin, let pipe = process.standardInput as? Pipe {
            pipe.fileHandleForWriting.write(Data(stdin.utf8))
            try pipe.fileHandleForWriting.close()
        }
        let stdoutData = out.fileHandleForReading.readDataToEndOfFile()
        let stderrData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Output(
            status: process.terminationStatus, stdout: String(decoding: stdoutData, as: UTF8.self),
            stderr: String(decoding: stderrData, as: UTF8.self))
    }

    /// Runs `vigil ARGS` on a Dispatch thread: for tests whose local web server, in this process,
    /// must keep answering while the command runs.
    func runAside(_ arguments: [String]) async throws -> Output {
        let vigil = self
        return try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(with: Result { try vigil.run(arguments) }) }
        }
    }

    /// A configured, not yet started process.
    func start(_ arguments: [String], stdin: String? = nil, useDatabase: Bool = true) -> Process {
        let process = Process()
        process.executableURL = VigilProcess.binary
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["HOME"] = folder.path
        environment.removeValue(forKey: "XDG_DATA_HOME")
        environment.removeValue(forKey: "VIGIL_GAZETTEER_DIR")
        if useDatabase { environment["VIGIL_DB"] = database } else { environment.removeValue(forKey: "VIGIL_DB") }
        process.environment = environment
        process.currentDirectoryURL = folder
        if stdin != nil { process.standardInput = Pipe() } else { process.standardInput = FileHandle.nullDevice }
        return process
    }
}
