import Testing
import VigilClassify

@Suite struct ACLEDReaderTests {
    @Test func readsRecordsAndStripsTrailingEditorialTags() throws {
        let csv = """
            source_file,event_date,event_type,sub_event_type,notes
            a,2020-01-02,Protests,Peaceful protest,"On 2 January 2020, teachers marched. [size=no report]"
            a,2020-01-03,,,"Old taxonomy row [kept inside] end."

            """
        let records = try ACLEDReader.records(in: CSVReader.parse(csv, file: "x.csv"))
        #expect(records.count == 2)
        #expect(records[0].notes == "On 2 January 2020, teachers marched.")
        #expect(records[0].labeledText == LabeledText(text: "On 2 January 2020, teachers marched.", label: "Peaceful protest"))
        #expect(records[1].notes == "Old taxonomy row [kept inside] end.")
        #expect(records[1].labeledText == nil)
        #expect(records[1].line == 3)
    }

    @Test func oldTaxonomyRowsBecomePartlyLabelled() throws {
        let csv = """
            event_type,sub_event_type,legacy_event_type,notes
            Protests,Peaceful protest,,Teachers marched.
            Riots,Mob violence,,A mob beat a thief.
            Battles,Armed clash,,Troops fought rebels.
            ,,Riots/Protests,Students burned tyres.
            Battles,,Battle-No change of territory,Clashes were reported.
            ,,Unknown label,Something happened.

            """
        let records = try ACLEDReader.records(in: CSVReader.parse(csv, file: "x.csv"))
        let partial = ACLEDReader.partlyLabeledTexts(in: records)
        #expect(partial == [
            LabeledText(text: "Students burned tyres.", label: "Riots/Protests", candidateLabels: ["Mob violence", "Peaceful protest"]),
            LabeledText(text: "Clashes were reported.", label: "Battles", candidateLabels: ["Armed clash"]),
        ])
    }

    @Test func stripsCodersCategoryPrefixesOnly() {
        #expect(ACLEDReader.stripCategoryPrefix("Property destruction: Militants burned a school.") == "Militants burned a school.")
        #expect(ACLEDReader.stripCategoryPrefix("Defusal: Soldiers defused an IED.") == "Soldiers defused an IED.")
        #expect(ACLEDReader.stripCategoryPrefix("On 2 May 2020, police said: calm") == "On 2 May 2020, police said: calm")
        #expect(ACLEDReader.stripCategoryPrefix("At 10:30 the shelling began") == "At 10:30 the shelling began")
        #expect(ACLEDReader.stripCategoryPrefix("Kenya Police: officers arrested two") == "Kenya Police: officers arrested two")
    }

    @Test func stripsSeveralTags() {
        #expect(ACLEDReader.stripEditorialTags("Shelling. [size=no report] [women targeted: girls] ") == "Shelling.")
    }

    @Test func heldOutSplitTakesTheLatestRowsOfEachSource() {
        func record(_ source: String, _ date: String, _ line: Int) -> ACLEDRecord {
            ACLEDRecord(notes: "n", subEventType: "Attack", eventType: "", sourceFile: source, eventDate: date, line: line)
        }
        let records = [
            record("a", "2020-03-01", 2), record("a", "2020-01-01", 3), record("a", "2020-02-01", 4),
            record("a", "2019-12-01", 5), record("b", "2018-01-01", 6), record("b", "2018-06-01", 7),
        ]
        let split = HeldOutSplit.byTime(records, fraction: 0.25)
        #expect(split.heldOut.map(\.line) == [2, 7])
        #expect(split.training.map(\.line) == [3, 4, 5, 6])
        #expect(HeldOutSplit.byTime(records, fraction: 0.5).heldOut.map(\.line) == [2, 4, 7])
    }

    @Test func extraExamplesSkipCommentsAndNameBadLines() throws {
        let examples = try ExtraExamplesReader.parse("# c\n\nAttack\tGunmen shot a farmer.\n", file: "x.tsv", weight: 2)
        #expect(examples == [LabeledText(text: "Gunmen shot a farmer.", label: "Attack", weight: 2)])
        let error = #expect(throws: ExtraExamplesReader.LineError.self) {
            try ExtraExamplesReader.parse("Attack\tok\nno tab here\n", file: "x.tsv")
        }
        #expect(error?.description == "x.tsv:2: expected label<TAB>text")
    }
}
