import Foundation
import Testing

/// The fuzz corpus (`Fuzz/corpus`: the seed inputs and every crash `make fuzz` once found) replayed through the readers
/// and the extractor by `vigil-fuzz`, built without libFuzzer: each input must be read or rejected, never crash.
@Suite struct FuzzCorpusTests {
    static let binary = VigilProcess.binary.deletingLastPathComponent().appendingPathComponent("vigil-fuzz")

    @Test func theCorpusReplaysWithoutACrash() throws {
        let corpus = VigilProcess.repositoryRoot.appendingPathComponent("Fuzz/corpus")
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = [corpus.path]
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let printed = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "vigil-fuzz stopped with status \(process.terminationStatus) on \(corpus.path)")
        let count = printed.split(separator: " ").compactMap { Int($0) }.first ?? 0
        #expect(count >= 12, "replayed \(count) inputs: \(printed)")
    }

    @Test func aMissingFolderIsNamed() throws {
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = ["/nonexistent/corpus"]
        let err = Pipe()
        process.standardError = err
        process.standardOutput = Pipe()
        try process.run()
        let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 66)
        #expect(message.contains("cannot read the folder /nonexistent/corpus"))
    }
}
