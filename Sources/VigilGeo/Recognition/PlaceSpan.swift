/// A run of tokens that names something in the gazetteer, with what the words around it say about it.
struct PlaceSpan: Sendable {
    /// The whole mention, suffix words included ("Anbar province").
    var tokens: Range<Int>
    /// Candidate ids (see ``PlaceLookup``).
    var ids: [Int]
    /// What a suffix or a "town of" before the name says the place is.
    var hint: Lexicon.Hint?
    /// "near", "outside", "10 km north of" before the name.
    var isNear = false
    /// "northern", "eastern" before the name: a part of the place.
    var isPartOf = false
    /// After "in", "at", "from", …: the text uses it as a location.
    var isLocative = false
    /// After "took them to", "fled into", "bordering", … (lexicon.tsv's `destination` and `neighbour`): where people
    /// went, or a neighbour.
    var isDestination = false
    /// After "bordering", "near the border with", … (lexicon.tsv's `neighbour`): a country next to the event's, which
    /// says nothing of where the event was.
    var isNeighbour = false
    /// Candidate ids of the names in a following parenthesis or apposition ("(Alwar, Rajasthan)", ", Donetsk").
    var qualifiers: [[Int]] = []
    /// Country index of a possessive before the name ("Iraq's Anbar province").
    var possessiveCountry: Int?
    /// True when this span is itself inside another span's parenthesis or apposition.
    var isQualifier = false
    /// For a qualifier, the index of the span it qualifies; the two are not each other's evidence.
    var head: Int?
    /// A compass claim about the place's country later in the sentence ("in northeast Syria").
    var claim: DirectionClaim?
}

/// "in northeast Syria": a compass part of a country the text puts a place in.
struct DirectionClaim: Sendable, Hashable {
    /// +1 north, -1 south, 0 unstated.
    let northSouth: Int
    /// +1 east, -1 west, 0 unstated.
    let eastWest: Int
    /// Country index.
    let country: Int
    /// The words as written ("northeast Syria").
    let text: String
}
