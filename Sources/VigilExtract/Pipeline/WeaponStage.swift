import VigilText

/// Finds the weapons the text names ("a one-way attack drone", "mortar rounds").
struct WeaponStage: ExtractionStage {
    let name = "weapons"
    let recognizer: WeaponRecognizer

    func run(_ analysis: inout DocumentAnalysis) {
        analysis.weapons = recognizer.weapons(in: 0..<analysis.text.tokens.count, of: analysis.text)
    }
}
