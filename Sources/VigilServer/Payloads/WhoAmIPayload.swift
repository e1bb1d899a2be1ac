import Hummingbird

/// The name of the token a request carried.
struct WhoAmIPayload: ResponseEncodable, Sendable {
    var name: String
}
