public import VigilModel

/// The knobs of cross-source linking, with the values Vigil ships.
///
/// Two reports are merged when their ``LinkScorer`` score reaches ``threshold`` (and no rule forbids
/// it); the blocking limits decide which pairs are scored at all.
public struct LinkSettings: Sendable, Hashable {
    /// The score (0…1) at or above which two reports are the same event. 0.62 was set on the
    /// hand-coded linking corpus (Tests/Fixtures/linking): reports of different events score at
    /// most 0.59 (a rocket and a drone attack on one base on one day) and adjacent-day protests in
    /// one city about 0.53; reports of one event from different outlets score 0.69 and more.
    public var threshold: Double
    /// Two precisely located reports farther apart than this are different events.
    public var maximumDistanceKilometres: Double
    /// How many days apart two reports may be, by the coarser of their time precisions.
    public var dayWindow: [TimePrecision: Int]
    /// How far (days) around new reports the stored reports are re-read for linking: two day
    /// windows of the coarsest precision, so a chain of coarse reports is seen whole.
    public var contextDays: Int
    /// Weights of the score's parts; they sum to 1.
    public var weights: LinkWeights

    /// Creates settings; the defaults are the shipped values.
    public init(
        threshold: Double = 0.62, maximumDistanceKilometres: Double = 25,
        dayWindow: [TimePrecision: Int] = [.day: 1, .week: 7, .month: 31], contextDays: Int = 62,
        weights: LinkWeights = LinkWeights()
    ) {
        self.threshold = threshold
        self.maximumDistanceKilometres = maximumDistanceKilometres
        self.dayWindow = dayWindow
        self.contextDays = contextDays
        self.weights = weights
    }

    /// The shipped settings.
    public static let standard = LinkSettings()

    /// The largest day window of any precision.
    public var widestDayWindow: Int { dayWindow.values.max() ?? 1 }

    /// The day window of a pair of reports: the window of the coarser precision.
    public func dayWindow(_ a: TimePrecision, _ b: TimePrecision) -> Int {
        dayWindow[max(a, b)] ?? widestDayWindow
    }
}
