import Testing
import VigilClassify

@Suite struct CSVReaderTests {
    @Test func readsQuotedFieldsWithCommasEscapesAndLineBreaks() throws {
        let text = "id,notes\r\n1,\"Shots, then \"\"silence\"\"\"\r\n2,\"two\nlines\"\n3,plain\n"
        let table = try CSVReader.parse(text, file: "t.csv")
        #expect(table.header == ["id", "notes"])
        #expect(table.records == [["1", "Shots, then \"silence\""], ["2", "two\nlines"], ["3", "plain"]])
        #expect(table.lines == [2, 3, 5])
    }

    @Test func handlesByteOrderMarkEmptyFieldsAndNoFinalNewline() throws {
        let table = try CSVReader.parse("\u{FEFF}a,b,c\n,\"\",x", file: "t.csv")
        #expect(table.header == ["a", "b", "c"])
        #expect(table.records == [["", "", "x"]])
    }

    @Test func unterminatedQuoteNamesFileAndOpeningLine() {
        #expect(throws: CSVError(file: "bad.csv", line: 3, problem: .unterminatedQuote)) {
            try CSVReader.parse("a,b\n1,2\n3,\"open\nstill open\n", file: "bad.csv")
        }
        let error = CSVError(file: "bad.csv", line: 3, problem: .unterminatedQuote)
        #expect(error.description == "bad.csv:3: quoted field is never closed")
    }

    @Test func rejectsStrayQuotesAndWrongFieldCounts() {
        #expect(throws: CSVError(file: "f", line: 2, problem: .strayQuote)) {
            try CSVReader.parse("a,b\n1,ab\"c\n", file: "f")
        }
        #expect(throws: CSVError(file: "f", line: 2, problem: .strayQuote)) {
            try CSVReader.parse("a,b\n1,\"ab\"c\n", file: "f")
        }
        #expect(throws: CSVError(file: "f", line: 3, problem: .fieldCount(expected: 2, found: 3))) {
            try CSVReader.parse("a,b\n1,2\n1,2,3\n", file: "f")
        }
        #expect(throws: CSVError(file: "f", line: 0, problem: .empty)) { try CSVReader.parse("", file: "f") }
    }

    @Test func missingColumnIsNamed() {
        let error = #expect(throws: CSVError.self) {
            try ACLEDReader.records(in: CSVReader.parse("notes,event_type\nx,Battles\n", file: "acled.csv"))
        }
        #expect(error?.description == "acled.csv:1: missing column \"sub_event_type\"")
    }
}
