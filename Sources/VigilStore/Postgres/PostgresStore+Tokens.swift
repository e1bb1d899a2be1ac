import PostgresNIO
import VigilModel

/// API tokens on PostgreSQL (migration "v5-review"), hashed as in ``SQLiteStore``: every server
/// and `vigil token` on any machine sees the same tokens.
extension PostgresStore: TokenStore {
    public func saveToken(name: String, hash: String) throws {
        try session.transaction { db in
            let stored = try db.execute("""
                INSERT INTO api_tokens (name, token_hash, created) VALUES (\(name), \(hash), \(Timestamp.now()))
                ON CONFLICT (name) DO NOTHING
                """)
            guard stored == 1 else { throw StoreError("a token named \"\(name)\" already exists; choose another name") }
        }
    }

    public func revokeToken(name: String) throws -> Bool {
        try session.transaction { db in
            try db.execute("DELETE FROM api_tokens WHERE name = \(name)") > 0
        }
    }

    public func tokenName(hash: String) throws -> String? {
        try session.read { db in
            try db.value(
                "UPDATE api_tokens SET last_used = \(Timestamp.now()) WHERE token_hash = \(hash) RETURNING name",
                as: String.self)
        }
    }

    public func tokens() throws -> [TokenRecord] {
        try session.read { db in
            try db.rows("SELECT name, created, last_used FROM api_tokens ORDER BY name").map { row in
                let (name, created, lastUsed) = try row.decode((String, String, String?).self)
                return TokenRecord(name: name, created: created, lastUsed: lastUsed)
            }
        }
    }
}
