/// API tokens, stored as SHA-256 hashes: the token itself is shown once and never stored.
public protocol TokenStore: Sendable {
    /// Stores a new token's hash under `name`.
    /// - Throws: ``StoreError`` when the name is taken.
    func saveToken(name: String, hash: String) throws
    /// The name of the token with this hash, recording its use; nil when no token matches.
    func tokenName(hash: String) throws -> String?
    /// Token names with their creation and last-use times.
    func tokens() throws -> [TokenRecord]
    /// Deletes the token named `name`, so that it no longer opens anything; false when none has that name.
    func revokeToken(name: String) throws -> Bool
}
