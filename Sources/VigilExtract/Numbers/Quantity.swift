/// What a reported number counts.
enum QuantityCategory: String, Sendable {
    case killed, injured, attacks, arrested
    /// A phrase stating that nobody died ("no casualties reported").
    case zeroKilled = "zero-killed"
    /// A note's own coded total ("Fatalities coded as 3"): it settles the fatalities.
    case codedKilled = "coded-killed"
}

/// A number in the text and what it counts.
struct Quantity: Sendable, Hashable {
    /// The tokens of the number itself.
    let tokens: Range<Int>
    /// The tokens that support the reading, from the number to the word that says what it counts.
    let span: Range<Int>
    let value: Int
    let category: QuantityCategory?
    /// True when the number is part of a larger figure already counted ("including 2 children").
    let isPartOfEarlier: Bool
}
