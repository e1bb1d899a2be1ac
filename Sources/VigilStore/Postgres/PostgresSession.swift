import Foundation
import Logging
import NIOCore
import NIOPosix
import PostgresNIO

/// One PostgreSQL connection used from synchronous code: the ``Store`` protocol is synchronous,
/// postgres-nio is asynchronous.
///
/// The bridge: every query is sent on the connection's SwiftNIO event loop (a thread of
/// `MultiThreadedEventLoopGroup.singleton`, never a Swift-concurrency thread) and the calling
/// thread blocks on the resulting `EventLoopFuture` with `wait()`. Because the work runs on the
/// event loop and not on the cooperative pool, a caller blocked here (even one reached from an
/// async context, such as an HTTP handler) never starves the thread that completes its query. The
/// callers are never on that event loop: the store is used from the command line's main thread,
/// the server's request tasks and test threads.
///
/// A lock serializes callers, so a transaction owns the connection from `BEGIN` to `COMMIT`; a
/// process uses one connection per store, and scales out by running more processes (`vigil worker`).
final class PostgresSession: @unchecked Sendable {
    private let connection: PostgresConnection
    private let lock = NSLock()
    private let logger = Logger(label: "vigil.postgres")
    /// Where the connection goes, without the password, for messages.
    let location: String

    init(_ settings: PostgresSettings) throws {
        location = settings.description
        do {
            connection = try PostgresConnection.connect(
                on: MultiThreadedEventLoopGroup.singleton.any(), configuration: settings.configuration(), id: 1,
                logger: logger
            ).wait()
        } catch {
            throw StoreError("cannot connect to the database \(location): \(PostgresSession.message(error))")
        }
        if let schema = settings.schema {
            // The name is checked to be lowercase letters, digits and _ (identifiers cannot be bound).
            try read { db in
                try db.execute(PostgresQuery(unsafeSQL: "CREATE SCHEMA IF NOT EXISTS \"\(schema)\""))
                try db.execute(PostgresQuery(unsafeSQL: "SET search_path TO \"\(schema)\""))
            }
        }
    }

    deinit {
        // Closed before it is released (postgres-nio requires it); never released on its event loop.
        try? connection.close().wait()
    }

    /// Runs `body` with the connection to itself (no transaction).
    @discardableResult
    func read<T>(_ body: (Queries) throws -> T) throws -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body(Queries(session: self))
    }

    /// Runs `body` in one transaction: committed when it returns, rolled back when it throws.
    @discardableResult
    func transaction<T>(_ body: (Queries) throws -> T) throws -> T {
        lock.lock()
        defer { lock.unlock() }
        let queries = Queries(session: self)
        try queries.execute("BEGIN")
        do {
            let result = try body(queries)
            try queries.execute("COMMIT")
            return result
        } catch {
            _ = try? queries.execute("ROLLBACK")
            throw error
        }
    }

    /// The queries of one locked use of the connection.
    struct Queries {
        fileprivate let session: PostgresSession

        /// All rows of a query.
        func rows(_ query: PostgresQuery) throws -> [PostgresRow] {
            do {
                return try session.connection.query(query, logger: session.logger).wait().rows
            } catch {
                throw StoreError("database \(session.location): \(PostgresSession.message(error))")
            }
        }

        /// Runs a statement, returning the number of rows it changed.
        @discardableResult
        func execute(_ query: PostgresQuery) throws -> Int {
            do {
                return try session.connection.query(query, logger: session.logger).wait().metadata.rows ?? 0
            } catch {
                throw StoreError("database \(session.location): \(PostgresSession.message(error))")
            }
        }

        /// The first column of the first row, if any.
        func value<T: PostgresDecodable>(_ query: PostgresQuery, as type: T.Type = T.self) throws -> T? {
            guard let row = try rows(query).first else { return nil }
            do { return try row.decode(T.self) } catch {
                throw StoreError("database \(session.location): \(PostgresSession.message(error))")
            }
        }

        /// The first column of every row.
        func values<T: PostgresDecodable>(_ query: PostgresQuery, as type: T.Type = T.self) throws -> [T] {
            do { return try rows(query).map { try $0.decode(T.self) } } catch let error as StoreError { throw error } catch {
                throw StoreError("database \(session.location): \(PostgresSession.message(error))")
            }
        }
    }

    /// The server's own message when there is one (`relation "x" does not exist`), else the error.
    static func message(_ error: any Error) -> String {
        if let error = error as? PSQLError {
            if let message = error.serverInfo?[.message] { return message }
            if let underlying = error.underlying { return "\(underlying)" }
            return "\(error.code)"
        }
        return "\(error)"
    }
}
