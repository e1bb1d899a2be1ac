import Foundation

/// A reading's score as ``PlaceResolver`` adds it up: the total, the reasons behind it (kept only
/// when explaining, for `vigil geocode`), and whether the text itself backs the reading.
struct ScoreSheet {
    let explains: Bool
    var score = 0.0
    var reasons: [String] = []
    var supported = false

    /// Adds `value` for `reason` ("+2.5 in Anbar, named in the document").
    mutating func add(_ value: Double, _ reason: @autoclosure () -> String) {
        score += value
        if explains { reasons.append((value >= 0 ? "+" : "-") + String(format: "%.1f", abs(value)) + " " + reason()) }
    }
}
