import Foundation
import Testing

@Suite struct EvalCommandTests {
    static let docs = """
        {"id":"k1","text":"On 3 March 2024, police fired tear gas to disperse protesters in Nairobi.","published":"2024-03-05"}
        {"id":"k2","text":"On 4 March 2024, gunmen abducted 12 passengers on a highway near Kaduna, Nigeria.","published":"2024-03-06"}
        """
    static let gold = """
        event_id_cnty,event_date,event_type,sub_event_type,actor1,country,admin1,latitude,longitude,fatalities
        k1,2024-03-03,Protests,Protest with intervention,Protesters (Kenya),Kenya,Nairobi,-1.2833,36.8167,0
        k2,2024-03-04,Violence against civilians,Abduction/forced disappearance,Unidentified Armed Group (Nigeria),Nigeria,Kaduna,10.5222,7.4383,0
        """

    @Test func scoresExtractionAgainstCodedRows() throws {
        let vigil = try VigilProcess()
        defer { vigil.cleanUp() }
        let docs = try vigil.write("docs.jsonl", Self.docs)
        let gold = try vigil.write("gold.csv", Self.gold)
        let predictions = vigil.folder.appendingPathComponent("events.jsonl").path
        let result = try vigil.run(["eval", "--acled", gold, "--docs", docs, "--predictions", predictions])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("documents                            2"))
        #expect(result.stdout.contains("country accuracy                     1.000"))
        #expect(result.stdout.contains("event_date exact                     1.000"))
        #expect(result.stdout.contains("acled: n=2 "))
        let written = try String(contentsOfFile: predictions, encoding: .utf8)
        #expect(written.contains("\"doc_id\":\"k2\""))
        let json = try vigil.run(["eval", "--json", "--acled", gold, "--docs", docs])
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        #expect(object?["n_docs"] as? Int == 2)
    }

    @Test func goldWithoutNeededColumnsOrMatchingDocumentsIsNamed() throws {
        let vigil = try VigilProcess()
        defer { vigil.cleanUp() }
        let docs = try vigil.write("docs.jsonl", Self.docs)
        let broken = try vigil.write("broken.csv", "event_id_cnty,event_date\nk1,2024-03-03\n")
        let missing = try vigil.run(["eval", "--acled", broken, "--docs", docs])
        #expect(missing.status == 65)
        #expect(missing.stderr.contains("broken.csv:1: missing column \"event_type\""))
        let other = try vigil.write("other.csv", Self.gold.replacingOccurrences(of: "\nk", with: "\nx"))
        let unmatched = try vigil.run(["eval", "--acled", other, "--docs", docs])
        #expect(unmatched.status == 65)
        #expect(unmatched.stderr.contains("no document in \(docs) has the id of a row in \(other)"))
    }
}

@Suite struct SnippetEvalCommandTests {
    static let snippets = """
        id\ttext\tlabel
        n1\tGunmen abducted 12 passengers from a bus on the highway near Kaduna on Sunday, police said.\tAbduction/forced disappearance
        n2\tThousands of nurses marched peacefully through Nairobi on Tuesday to demand unpaid salaries.\tPEACE_PROTEST
        n3\tA court in Nairobi sentenced a former minister to ten years in prison for fraud on Monday.\tNONE:court

        """

    @Test func scoresSnippetsLikeTheCaseScorer() throws {
        let vigil = try VigilProcess()
        defer { vigil.cleanUp() }
        let file = try vigil.write("snippets.tsv", Self.snippets)
        let result = try vigil.run(["eval", "--snippets", file])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("snippets 3 (ACLED classes 2, non-events 1)"))
        #expect(result.stdout.contains("snippets: n=3 weighted_f1=1.000"))
        #expect(result.stdout.contains("reject=1.000"))
    }

    @Test func badSnippetFilesAndOptionsAreNamed() throws {
        let vigil = try VigilProcess()
        defer { vigil.cleanUp() }
        let broken = try vigil.write("broken.tsv", "id\ttext\nn1\tno label column\n")
        let result = try vigil.run(["eval", "--snippets", broken])
        #expect(result.status == 65)
        #expect(result.stderr.contains("broken.tsv:1: the header must name id, text and label (or SubType) columns"))
        let both = try vigil.run(["eval", "--snippets", broken, "--acled", "gold.csv"])
        #expect(both.status != 0)
        #expect(both.stderr.contains("give either --snippets FILE.tsv, or both --acled FILE.csv and --docs FILE.jsonl"))
    }
}
