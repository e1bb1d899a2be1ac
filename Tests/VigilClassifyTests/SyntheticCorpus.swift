import VigilClassify

/// A tiny, fixed three-class training set for fast trainer and model-file tests.
enum SyntheticCorpus {
    static let examples: [LabeledText] = {
        let protest = ["marched", "rallied", "demonstrated", "gathered", "protested"]
        let strike = ["warplanes bombed", "jets struck", "a drone hit", "aircraft bombed", "an airstrike hit"]
        let kidnap = ["gunmen kidnapped", "men abducted", "kidnappers seized", "militants abducted", "bandits kidnapped"]
        let places = ["the town", "a village", "the capital", "the market", "the district"]
        var examples: [LabeledText] = []
        for verb in protest {
            for place in places { examples.append(LabeledText(text: "Workers \(verb) in \(place) demanding wages.", label: "Peaceful protest")) }
        }
        for phrase in strike {
            for place in places { examples.append(LabeledText(text: "\(phrase) a house in \(place), killing civilians.", label: "Air/drone strike")) }
        }
        for phrase in kidnap {
            for place in places { examples.append(LabeledText(text: "\(phrase) two traders near \(place).", label: "Abduction/forced disappearance")) }
        }
        for text in ["The central bank cut interest rates.", "The football team won the league.", "Heavy rain flooded farms."] {
            examples.append(LabeledText(text: text, label: LabeledText.noEventLabel))
        }
        return examples
    }()

    static let options = TrainingOptions(epochs: 8, minimumFeatureCount: 1, minimumCommonWordCount: 1)
}
