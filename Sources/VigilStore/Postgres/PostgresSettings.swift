import Foundation
import NIOSSL
import PostgresNIO

/// Where a PostgreSQL database is:
/// `postgres://user[:password]@host[:port]/database[?sslmode=disable|prefer|require][&schema=name][&postgis=off]`.
public struct PostgresSettings: Sendable, CustomStringConvertible {
    /// The server's name or address (default 127.0.0.1).
    public var host: String
    /// The server's port (default 5432).
    public var port: Int
    /// The role to log in as.
    public var user: String
    /// The role's password, if the server asks for one.
    public var password: String?
    /// The database's name.
    public var database: String
    /// `disable` (the default), `prefer` or `require`.
    public var sslMode: String
    /// The schema that holds Vigil's tables (`?schema=name`, created if missing), so that one
    /// database can hold several projects; nil for the user's default search path.
    public var schema: String?
    /// Whether spatial filters may use PostGIS when the server has it (`?postgis=off` keeps the
    /// plain latitude/longitude index).
    public var postgis: Bool

    /// Reads a `postgres://` or `postgresql://` URL.
    /// - Throws: ``StoreError`` naming what is wrong with the URL.
    public init(url: String) throws {
        guard let components = URLComponents(string: url), let scheme = components.scheme,
            ["postgres", "postgresql"].contains(scheme)
        else {
            throw StoreError("not a PostgreSQL URL: \(url) (expected postgres://user@host:port/database)")
        }
        let database = String(components.path.drop(while: { $0 == "/" }))
        guard let user = components.user, !user.isEmpty, !database.isEmpty else {
            throw StoreError("the PostgreSQL URL \(PostgresSettings.redacted(url)) needs a user and a database: postgres://user@host:port/database")
        }
        host = components.host.flatMap { $0.isEmpty ? nil : $0 } ?? "127.0.0.1"
        port = components.port ?? 5432
        self.user = user.removingPercentEncoding ?? user
        password = components.password.map { $0.removingPercentEncoding ?? $0 }
        self.database = database.removingPercentEncoding ?? database
        sslMode = components.queryItems?.first { $0.name == "sslmode" }?.value ?? "disable"
        guard ["disable", "prefer", "require"].contains(sslMode) else {
            throw StoreError("sslmode=\(sslMode) in \(PostgresSettings.redacted(url)) is not one of disable, prefer, require")
        }
        schema = components.queryItems?.first { $0.name == "schema" }?.value
        let postgis = components.queryItems?.first { $0.name == "postgis" }?.value ?? "on"
        guard ["on", "off"].contains(postgis) else {
            throw StoreError("postgis=\(postgis) in \(PostgresSettings.redacted(url)) is not one of on, off")
        }
        self.postgis = postgis == "on"
        if let schema, schema.isEmpty || schema.count > 63
            || !schema.allSatisfy({ $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "_") })
        {
            throw StoreError("schema=\(schema) in \(PostgresSettings.redacted(url)) must be 1 to 63 lowercase letters, digits or _")
        }
    }

    /// True for URLs this type reads.
    public static func isPostgresURL(_ text: String) -> Bool {
        text.hasPrefix("postgres://") || text.hasPrefix("postgresql://")
    }

    /// The URL without its password.
    public var description: String {
        let options = [schema.map { "schema=\($0)" }, postgis ? nil : "postgis=off"].compactMap { $0 }
        return "postgres://\(user)@\(host):\(port)/\(database)" + (options.isEmpty ? "" : "?" + options.joined(separator: "&"))
    }

    func configuration() throws -> PostgresConnection.Configuration {
        let tls: PostgresConnection.Configuration.TLS
        switch sslMode {
        case "require": tls = .require(try NIOSSLContext(configuration: .makeClientConfiguration()))
        case "prefer": tls = .prefer(try NIOSSLContext(configuration: .makeClientConfiguration()))
        default: tls = .disable
        }
        return PostgresConnection.Configuration(
            host: host, port: port, username: user, password: password, database: database, tls: tls)
    }

    private static func redacted(_ url: String) -> String {
        guard var components = URLComponents(string: url), components.password != nil else { return url }
        components.password = "***"
        return components.string ?? url
    }
}
