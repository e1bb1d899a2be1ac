import VigilModel

/// Words that name an event ("drone attacks", "protested", "kidnapped") and what they name.
struct Trigger: Sendable {
    let tokens: Range<Int>
    let subEventType: SubEventType
    let weight: Double
    let needsArmedActor: Bool
    /// True when the words name fighting between two sides ("clashed with").
    let isMutual: Bool
    let protestRole: ExtractionLexicons.ProtestRole?
    /// Index of the sentence it is in.
    let sentence: Int
    /// True when the words name lethal force ("shot dead", "opened fire").
    var isLethal = false
    /// True when the words name weapons stopped in flight ("shot down", "intercepted").
    var isInterception = false
    /// True when the words name close-range weapons ("small arms", "heavy machine guns", "grenade launchers").
    var isCloseRange = false
    /// True when the words name weapons seized or recovered ("recovered", "seized weapons"): those listed after it were not used.
    var isSeizure = false
    /// True when the words name a weapon also fired from afar ("machine guns"): with no one firing back, a shelling.
    var isStandoff = false
    /// True when the words name a demonstration that was attacked ("gunmen attacked protesters").
    var isOnProtest = false
}
