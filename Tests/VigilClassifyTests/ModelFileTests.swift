import Foundation
import Testing
import VigilClassify

@Suite struct ModelFileTests {
    let model = ClassifierTrainer.train(examples: SyntheticCorpus.examples, options: SyntheticCorpus.options)

    private func temporaryURL(_ name: String) -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("vigil-classify-\(UUID().uuidString)-\(name)")
    }

    @Test func roundTripGivesIdenticalPredictions() throws {
        let url = temporaryURL("model")
        defer { try? FileManager.default.removeItem(at: url) }
        try model.write(to: url)
        let loaded = try LinearClassifier(contentsOf: url)
        #expect(loaded.labels == model.labels)
        #expect(loaded.temperature == model.temperature)
        #expect(loaded.featureCount == model.featureCount)
        for example in SyntheticCorpus.examples {
            let a = model.probabilities(for: example.text), b = loaded.probabilities(for: example.text)
            #expect(a.map(\.label) == b.map(\.label))
            #expect(a.map(\.probability) == b.map(\.probability))
        }
    }

    @Test func truncatedCorruptAndForeignFilesGiveClearErrors() throws {
        let url = temporaryURL("model")
        defer { try? FileManager.default.removeItem(at: url) }
        try model.write(to: url)
        let bytes = try Data(contentsOf: url)

        try bytes.prefix(bytes.count / 2).write(to: url)
        let truncated = #expect(throws: ModelFileError.self) { try LinearClassifier(contentsOf: url) }
        #expect(truncated?.file == url.path)
        #expect(truncated?.problem.contains("truncated") == true)

        var corrupt = bytes
        corrupt[corrupt.count / 2] ^= 0xFF
        try corrupt.write(to: url)
        let mismatch = #expect(throws: ModelFileError.self) { try LinearClassifier(contentsOf: url) }
        #expect(mismatch?.description == "\(url.path): checksum mismatch (file is corrupt)")

        try Data("id,notes\n".utf8).write(to: url)
        let foreign = #expect(throws: ModelFileError.self) { try LinearClassifier(contentsOf: url) }
        #expect(foreign?.problem.contains("not a Vigil classifier model") == true)

        let missing = #expect(throws: ModelFileError.self) { try LinearClassifier(contentsOf: temporaryURL("absent")) }
        #expect(missing?.problem.contains("cannot read file") == true)
    }
}
