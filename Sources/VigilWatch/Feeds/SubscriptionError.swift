/// Why a feed or an alert was refused: the field at fault (`url`, `every`, `feed`, `name`, `filter`,
/// `webhook`, `min_fatalities`) and what is wrong with it, for a command-line message or an API 400.
public struct SubscriptionError: Error, CustomStringConvertible, Sendable, Equatable {
    public var field: String
    public var message: String

    public init(field: String, message: String) {
        self.field = field
        self.message = message
    }

    public var description: String { message }
}
