import GRDB
import VigilModel

extension SQLiteStore: TokenStore {
    public func saveToken(name: String, hash: String) throws {
        try write { db in
            if try Bool.fetchOne(db, sql: "SELECT 1 FROM api_tokens WHERE name = ?", arguments: [name]) == true {
                throw StoreError("a token named \"\(name)\" already exists; choose another name")
            }
            try db.execute(
                sql: "INSERT INTO api_tokens (name, token_hash, created) VALUES (?, ?, ?)",
                arguments: [name, hash, Timestamp.now()])
        }
    }

    public func tokenName(hash: String) throws -> String? {
        try write { db in
            guard let name = try String.fetchOne(
                db, sql: "SELECT name FROM api_tokens WHERE token_hash = ?", arguments: [hash])
            else { return nil }
            try db.execute(
                sql: "UPDATE api_tokens SET last_used = ? WHERE name = ?", arguments: [Timestamp.now(), name])
            return name
        }
    }

    public func revokeToken(name: String) throws -> Bool {
        try write { db in
            try db.execute(sql: "DELETE FROM api_tokens WHERE name = ?", arguments: [name])
            return db.changesCount > 0
        }
    }

    public func tokens() throws -> [TokenRecord] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT name, created, last_used FROM api_tokens ORDER BY name").map {
                TokenRecord(name: $0["name"], created: $0["created"], lastUsed: $0["last_used"])
            }
        }
    }
}
