import Testing
import VigilClassify

@Suite struct ClassifierTrainerTests {
    let model = ClassifierTrainer.train(examples: SyntheticCorpus.examples, options: SyntheticCorpus.options)

    @Test func separatesTheClasses() {
        #expect(model.labels == ["Abduction/forced disappearance", "Air/drone strike", "Peaceful protest"])
        #expect(model.prediction(for: "Nurses rallied in the capital demanding pay.").label == "Peaceful protest")
        #expect(model.prediction(for: "Jets struck a school in the district.").label == "Air/drone strike")
        #expect(model.prediction(for: "Gunmen abducted a farmer near the village.").label == "Abduction/forced disappearance")
        let evaluation = ClassifierEvaluation(classifier: model, examples: SyntheticCorpus.examples)
        #expect(evaluation.accuracy == 1)
        #expect(evaluation.macroF1 == 1)
    }

    @Test func probabilitiesAreSortedAndSumToOne() {
        let probabilities = model.probabilities(for: "Workers marched in the town.")
        #expect(probabilities.count == 3)
        #expect(probabilities.map(\.probability) == probabilities.map(\.probability).sorted(by: >))
        #expect(abs(probabilities.map(\.probability).reduce(0, +) - 1) < 1e-9)
    }

    @Test func isUnsureOnNonEventsAndUnknownText() {
        let event = model.prediction(for: "Workers marched in the town demanding wages.").confidence
        #expect(model.prediction(for: "The central bank cut interest rates again.").confidence < event)
        #expect(model.prediction(for: "zzz qqq").confidence < event)
    }

    @Test func partlyLabelledExamplesRaiseTheirCandidates() {
        let vague = "Crowds swarmed the plaza."
        var examples = SyntheticCorpus.examples
        let before = ClassifierTrainer.train(examples: examples, options: SyntheticCorpus.options)
        for _ in 0..<5 {
            examples.append(LabeledText(text: vague, label: "Protests", candidateLabels: ["Peaceful protest"]))
        }
        let after = ClassifierTrainer.train(examples: examples, options: SyntheticCorpus.options)
        #expect(after.labels == before.labels)
        #expect(after.prediction(for: vague).label == "Peaceful protest")
        func protest(_ model: LinearClassifier) -> Double {
            model.probabilities(for: vague).first { $0.label == "Peaceful protest" }!.probability
        }
        #expect(protest(after) > protest(before))
    }

    @Test func isDeterministicForASeed() {
        let again = ClassifierTrainer.train(examples: SyntheticCorpus.examples, options: SyntheticCorpus.options)
        let text = "Bandits seized a trader in the market."
        #expect(again.probabilities(for: text).map(\.probability) == model.probabilities(for: text).map(\.probability))
        #expect(again.temperature == model.temperature)
    }
}
