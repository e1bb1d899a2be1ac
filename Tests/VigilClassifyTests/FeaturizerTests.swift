import Testing
import VigilClassify

@Suite struct FeaturizerTests {
    let featurizer = Featurizer(learningFrom: ["the police fired at protesters in the town", "police said"], minimumCount: 1)

    @Test func masksNumbersNamesAndTheLeadingDateClause() {
        let terms = featurizer.terms(of: "On 2 May 2020, Police fired at 300 protesters in Port Harcourt.")
        #expect(terms == ["police", "fired", "at", "<num>", "protesters", "in", "<cap>", ""])
    }

    @Test func skipsLongerDateClausesButNotOrdinaryOpenings() {
        #expect(featurizer.terms(of: "Around 3 August 2020 (between 3 - 4 August), police fired") == ["police", "fired"])
        #expect(featurizer.terms(of: "Reported on 18 March 2020, police fired") == ["police", "fired"])
        #expect(
            featurizer.terms(of: "police fired at 3 protesters, then left")
                == ["police", "fired", "at", "<num>", "protesters", "", "then", "left"])
    }

    @Test func keepsWeaponAcronymsAndMasksDigitsInsideWords() {
        #expect(featurizer.terms(of: "an IED hit a 4x4 truck") == ["an", "ied", "hit", "a", "0x0", "truck"])
        #expect(featurizer.terms(of: "Fighting resumed in May") == ["<cap>", "resumed", "in", "<date>"])
    }

    @Test func featuresAreSortedDistinctAndIgnoreNames() {
        let features = featurizer.features(of: "police fired police fired")
        #expect(features == Array(Set(features)).sorted())
        #expect(featurizer.features(of: "Police fired in Kano") == featurizer.features(of: "Police fired in Mosul"))
        #expect(featurizer.features(of: "police fired") != featurizer.features(of: "fired police"))
    }
}
