import Foundation
import Testing

/// Word lists belong in the TSV lexicons (`Sources/VigilExtract/Resources`), where they can be read,
/// reviewed and extended without a rebuild, not in Swift literals. This counts the literals that
/// remain in the extraction and geocoding code and fails when any kind of them grows: move a new
/// list to a lexicon instead (and lower the budget when you move an old one).
@Suite struct WordLiteralBudgetTests {
    /// The counts when the check was added (7 December 2026), per module: static word lists,
    /// inline `["a", "b"].contains(…)` lists, and `norm == "word"` comparisons.
    static let budget: [String: (staticLists: Int, inlineLists: Int, wordComparisons: Int)] = [
        "VigilExtract": (34, 36, 66),
        "VigilGeo": (8, 6, 24),
    ]

    static let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Sources")

    /// The three counts over every Swift file of a module.
    static func counts(in module: String) throws -> (staticLists: Int, inlineLists: Int, wordComparisons: Int) {
        let patterns = try [
            #"static\s+(let|var)\s+\w+\s*(:\s*(Set<String>|\[String\]|\[String:\s*\w+\]))?\s*=\s*\[\s*""#,
            #"static\s+(let|var)\s+\w+\s*:\s*(Set<String>|\[String\])\s*=\s*\[\s*$"#,
            #"\[\s*"[^"\n]*"(\s*,\s*"[^"\n]*")*\s*\]\s*\.contains\("#,
            #"\bnorm\s*==\s*""#,
        ].map { try NSRegularExpression(pattern: $0, options: [.anchorsMatchLines]) }
        var found = [0, 0, 0, 0]
        let folder = sources.appendingPathComponent(module)
        let files = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)?.compactMap { $0 as? URL } ?? []
        for file in files where file.pathExtension == "swift" {
            let text = try String(contentsOf: file, encoding: .utf8)
            let range = NSRange(text.startIndex..., in: text)
            for (index, pattern) in patterns.enumerated() { found[index] += pattern.numberOfMatches(in: text, range: range) }
        }
        return (found[0] + found[1], found[2], found[3])
    }

    @Test(arguments: ["VigilExtract", "VigilGeo"])
    func wordLiteralsDoNotGrow(_ module: String) throws {
        let now = try Self.counts(in: module)
        let allowed = try #require(Self.budget[module])
        #expect(now.staticLists > 0 || now.inlineLists > 0 || now.wordComparisons > 0, "the sources of \(module) were not found at \(Self.sources.path)")
        #expect(now.staticLists <= allowed.staticLists, "\(module): \(now.staticLists) static word lists (budget \(allowed.staticLists)); put new words in a TSV lexicon")
        #expect(now.inlineLists <= allowed.inlineLists, "\(module): \(now.inlineLists) inline [\"…\"].contains lists (budget \(allowed.inlineLists))")
        #expect(now.wordComparisons <= allowed.wordComparisons, "\(module): \(now.wordComparisons) norm == \"…\" comparisons (budget \(allowed.wordComparisons))")
    }
}
