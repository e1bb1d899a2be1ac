import Foundation

/// Runs a peer tool's NER pass (`peer_ner_speed.py`: spaCy's en_core_web_sm, NER only, one core)
/// on the same documents as `vigil bench`, so the two throughputs come from one run.
struct PeerNERBenchmark {
    /// The Python interpreter with spaCy and the model installed.
    var python: String
    /// The path of `peer_ner_speed.py`.
    var script: String
    /// How many timed passes the peer makes; its best counts, as Vigil's does.
    var repeats: Int

    /// Documents/s and MB/s of the peer's best NER-only pass over `texts`.
    struct Result {
        var documentsPerSecond: Double
        var megabytesPerSecond: Double
    }

    func run(texts: [String]) throws -> Result {
        guard FileManager.default.fileExists(atPath: script) else {
            throw CLIError("--peer \(script) does not exist", code: .noInput)
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vigil-peer-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let docs = folder.appendingPathComponent("docs.jsonl"), output = folder.appendingPathComponent("peer.json")
        var lines = Data()
        for (index, text) in texts.enumerated() {
            lines.append(try JSONSerialization.data(withJSONObject: ["id": "\(index)", "text": text]))
            lines.append(0x0A)
        }
        try lines.write(to: docs)
        let process = Foundation.Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [python, script, docs.path, "--repeats", "\(repeats)", "--json", output.path]
        process.standardOutput = FileHandle.nullDevice
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let message = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0, let data = try? Data(contentsOf: output),
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let results = object["results"] as? [[String: Any]],
              let ner = results.first(where: { $0["pipeline"] as? String == "ner" && $0["set"] as? String == "dev" }),
              let seconds = ner["seconds_best"] as? Double, let count = ner["docs"] as? Double, let bytes = ner["bytes"] as? Double,
              seconds > 0
        else {
            let reason = String(decoding: message, as: UTF8.self).split(separator: "\n").last.map(String.init) ?? ""
            throw CLIError("the peer benchmark \(script) failed (\(python)): \(reason)", code: .ioError)
        }
        return Result(documentsPerSecond: count / seconds, megabytesPerSecond: bytes / 1e6 / seconds)
    }
}
