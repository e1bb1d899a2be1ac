import Testing
import VigilText

/// The one dateline detector: ingestion keeps the place words, extraction the tokens.
@Suite struct DatelineDetectorTests {
    @Test func theAgencyAndDashAreLeftOutOfThePlaceWords() {
        let text = AnalyzedText("KHARTOUM, Sudan (AP) — Shelling hit a market in Omdurman on Sunday.")
        #expect(DatelineDetector.dateline(in: text) == "KHARTOUM, Sudan")
        #expect(text.slice(tokens: DatelineDetector.tokens(in: text)) == "KHARTOUM, Sudan (AP) —")
    }

    @Test func aDatelineAfterAHeadlineIsFound() {
        let text = AnalyzedText("Drone attacks test truce efforts\n\nERBIL, Iraq - Two drones struck a base near the airport.")
        #expect(DatelineDetector.headline(of: text) == 0)
        #expect(DatelineDetector.dateline(in: text) == "ERBIL, Iraq")
    }

    @Test func aColonClosesADateline() {
        #expect(DatelineDetector.dateline(in: AnalyzedText("MOGADISHU: Gunmen attacked a checkpoint overnight.")) == "MOGADISHU")
    }

    @Test func textWithoutADatelineHasNone() {
        let text = AnalyzedText("Gunmen attacked a checkpoint outside Mogadishu overnight - police said.")
        #expect(DatelineDetector.dateline(in: text) == nil)
        #expect(DatelineDetector.tokens(in: text).isEmpty)
    }
}

/// Releases of rights groups date themselves in the dateline; the place is where they wrote it.
@Suite struct ReleaseDatelineTests {
    @Test func aBracketedPlaceAndDateIsADateline() {
        let text = AnalyzedText("(Nairobi, March 3, 2026) – Police in Kisumu detained a reporter on Sunday, the group said today.")
        #expect(DatelineDetector.dateline(in: text) == "Nairobi")
        #expect(text.slice(tokens: DatelineDetector.tokens(in: text)) == "(Nairobi, March 3, 2026) –")
    }

    @Test func aPlaceWithADayMonthAndYearIsADateline() {
        let text = AnalyzedText("Addis Ababa, 12 May 2026 - The council condemned the detention of two editors in Bahir Dar.")
        #expect(DatelineDetector.dateline(in: text) == "Addis Ababa")
    }

    @Test func aSentenceWithoutAYearIsNot() {
        #expect(DatelineDetector.dateline(in: AnalyzedText("Gunmen, the police said - attacked a bus near Kano.")) == nil)
    }
}

/// Regional dailies open with the place and the day, closed by a colon.
@Suite struct DailyDatelineTests {
    @Test func aPlaceAndADayClosedByAColonIsADateline() {
        let text = AnalyzedText("Srinagar, Nov 14: Police in Sopore on Thursday detained a freelance journalist.")
        #expect(DatelineDetector.dateline(in: text) == "Srinagar")
        #expect(text.slice(tokens: DatelineDetector.tokens(in: text)) == "Srinagar, Nov 14:")
    }

    @Test func aListOfPlacesIsNot() {
        #expect(DatelineDetector.tokens(in: AnalyzedText("Kano, Kaduna and Zaria: three cities, one crisis.")).isEmpty)
    }
}
