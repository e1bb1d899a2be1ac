/// Why an interval was refused.
public struct PollIntervalError: Error, CustomStringConvertible, Sendable {
    public var message: String
    public var description: String { message }
}
