import Foundation
import Testing
import VigilClassify
import VigilText

/// The semantic model Vigil ships (scripts/train_semantic.py) on news sentences written for these tests.
@Suite struct SemanticClassifierTests {
    static let url = ShippedModelTests.url.deletingLastPathComponent().appendingPathComponent("semantic.model")

    let model: SemanticClassifier

    init() throws {
        model = try SemanticClassifier(contentsOf: Self.url)
    }

    @Test func hasEverySubEventTypeAndNonEventClasses() {
        #expect(model.labels.filter { !$0.hasPrefix(SemanticClassifier.nonEventPrefix) }.count == 25)
        #expect(model.labels.contains("NONE:court"))
    }

    /// Many words for one thing: no rule names "pounded", "rained mortars" or "bombarded".
    @Test(arguments: [
        "Army howitzers pounded the outskirts of the town through the night, residents said",
        "Separatists rained mortar rounds on the frontline village on Tuesday, wounding two farmers",
        "The port city was bombarded by long-range rockets fired from across the river",
    ])
    func readsShellingInOtherWords(text: String) {
        #expect(model.probabilities(for: text).first?.label == "Shelling/artillery/missile attack")
    }

    @Test(arguments: [
        ("Two drones dropped explosives on an army position near the border, killing a soldier", "Air/drone strike"),
        ("Masked gunmen seized a Catholic priest from his parish house and drove off into the forest",
         "Abduction/forced disappearance"),
        ("Soldiers defused a bomb planted under a bridge on the main highway before it could go off", "Disrupted weapons use"),
        ("Thousands of teachers marched to parliament to demand unpaid salaries, and the rally ended calmly",
         "Peaceful protest"),
    ])
    func classifiesNewsSentences(text: String, label: String) {
        #expect(model.probabilities(for: text).first?.label == label)
    }

    /// War words with no war event.
    @Test(arguments: [
        "A boiler exploded at a fertiliser plant on Monday, killing four workers; firefighters battled the blaze for hours",
        "A court sentenced three men to life in prison for their part in the 2019 bombing of a bus station",
        "The striker fired a shot past the keeper in the 89th minute as United battled back to draw",
        "Supermarket chains are locked in a price war that analysts say could wipe out smaller rivals",
    ])
    func readsNonEvents(text: String) {
        let tokens = Tokenizer().tokenize(Array(text.unicodeScalars))[...]
        #expect(model.nonEventProbability(for: tokens) > 0.5)
    }

    @Test func readsEventsAsEvents() {
        let text = "Gunmen on motorcycles stormed a village at dawn and shot dead eleven residents, a local official said"
        #expect(model.nonEventProbability(for: Tokenizer().tokenize(Array(text.unicodeScalars))[...]) < 0.5)
    }

    @Test func probabilitiesSumToOne() {
        let total = model.probabilities(for: "Police fired tear gas at students").reduce(0) { $0 + $1.probability }
        #expect(abs(total - 1) < 1e-9)
    }

    @Test func rejectsFilesThatAreNoModel() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vigil-semantic-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = folder.appendingPathComponent("notes.model")
        try Data("not a model".utf8).write(to: text)
        #expect(throws: ModelFileError(file: text.path, problem: "not a Vigil semantic model (bad magic number)")) {
            try SemanticClassifier(contentsOf: text)
        }
        let truncated = folder.appendingPathComponent("cut.model")
        try Data(try Data(contentsOf: Self.url).prefix(5_000)).write(to: truncated)
        #expect(throws: ModelFileError.self) { try SemanticClassifier(contentsOf: truncated) }
        let missing = folder.appendingPathComponent("missing.model")
        let error = #expect(throws: ModelFileError.self) { try SemanticClassifier(contentsOf: missing) }
        #expect(error?.description.hasPrefix(missing.path + ": cannot read file") == true)
    }
}

/// Greedy longest-first word pieces, as the encoder's tokenizer and `scripts/train_semantic.py` read words.
@Suite struct WordPieceVocabularyTests {
    let vocabulary = WordPieceVocabulary(pieces: ["[UNK]", "shell", "##ed", "##ing", "al", "-", "asad", "1", ",", "200", "'", "s", "bomb"])

    func pieces(_ norms: [String]) -> [Int32] {
        var rows: [Int32] = []
        for norm in norms { vocabulary.appendRows(of: norm, to: &rows) }
        return rows
    }

    @Test func splitsWordsIntoLongestPieces() {
        #expect(pieces(["shelled", "shelling", "shell"]) == [1, 2, 1, 3, 1])
    }

    @Test func splitsPunctuationAndNumbers() {
        #expect(pieces(["al", "-", "asad"]) == [4, 5, 6])
        #expect(pieces(["1,200"]) == [7, 8, 9])
        #expect(pieces(["'s"]) == [10, 11])
    }

    @Test func dropsWordsNoPieceCovers() {
        #expect(pieces(["shellx", "bomb"]) == [12])
    }
}
