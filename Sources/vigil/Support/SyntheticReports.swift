import VigilIngest

/// Short conflict reports made from templates, for benchmarks on a corpus of any size.
enum SyntheticReports {
    private static let actors = ["Unidentified gunmen", "Soldiers", "Police", "Militants", "Protesters", "Rebel fighters", "A mob"]
    private static let actions = [
        "attacked a checkpoint", "clashed with a rival group", "fired mortars at positions", "marched peacefully",
        "abducted three traders", "set fire to a police station", "detonated a roadside bomb",
    ]
    private static let places = ["Kismayo", "Maiduguri", "Goma", "Mopti", "Kandahar", "Sittwe", "Aleppo", "Mosul", "Tillaberi"]

    /// `count` reports, each different, deterministic.
    static func make(_ count: Int) -> [RawDocument] {
        (0..<count).map { i in
            let actor = actors[i % actors.count], action = actions[(i / 7) % actions.count]
            let place = places[(i / 49) % places.count]
            let text = "On \(i % 28 + 1) March 2024, \(actor.lowercased()) \(action) in \(place). "
                + "Local sources said \(i % 9) people were killed and \(i % 5) injured in the incident, number \(i). "
                + "Authorities said an investigation had been opened."
            return RawDocument(id: "synthetic-\(i)", text: text, published: nil, origin: "synthetic \(i)")
        }
    }
}
