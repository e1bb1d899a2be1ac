import VigilText

/// Finds the counted numbers: killed, injured, arrested, attacks, drones ("two soldiers were killed").
struct QuantityStage: ExtractionStage {
    let name = "quantities"
    let recognizer: QuantityRecognizer

    func run(_ analysis: inout DocumentAnalysis) {
        analysis.quantities = recognizer.quantities(in: 0..<analysis.text.tokens.count, of: analysis.text)
    }
}
