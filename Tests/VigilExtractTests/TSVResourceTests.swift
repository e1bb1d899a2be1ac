import Testing
@testable import VigilExtract

/// The extraction lexicons' file format: `#` comments and blank lines skipped, fields trimmed, line numbers kept.
@Suite struct TSVResourceTests {
    @Test func rowsKeepTheirLineNumbersAndTrimmedFields() {
        let content = "#word\tlabel\n\n  shelled \t Shelling \r\n# a comment\nstormed\tAttack\textra\r\nlooted\n"
        let file = TSVResource(name: "test.tsv", content: content)
        #expect(file.rows.map(\.line) == [3, 5, 6])
        #expect(file.rows[0].fields == ["shelled", "Shelling"])
        #expect(file.rows[1].fields == ["stormed", "Attack", "extra"])
        #expect(file.rows[2][0] == "looted" && file.rows[2][1] == "")
    }

    @Test func wordsOutsideASCIIAreKept() {
        let file = TSVResource(name: "test.tsv", content: "bombardé\tShelling\nشرطة\tPolice\n")
        #expect(file.rows.map { $0[0] } == ["bombardé", "شرطة"])
    }
}
