import Foundation
import GRDB
import NIOCore
import PostgresNIO
import VigilText

/// A table that `vigil db copy` moves, with each column's kind, read the same way from both engines.
struct CopyTable: Sendable {
    /// How a column is stored (SQLite keeps booleans as integers; PostgreSQL has its own type).
    enum Kind: Sendable {
        case text, integer, real, boolean, blob
    }

    let name: String
    let order: String
    let columns: [(name: String, kind: Kind)]

    init(_ name: String, order: String, _ columns: [(name: String, kind: Kind)]) {
        self.name = name
        self.order = order
        self.columns = columns
    }

    private func select(orderedBy order: String) -> String {
        "SELECT \(columns.map(\.name).joined(separator: ", ")) FROM \(name) ORDER BY \(order)"
    }

    /// Every row from SQLite, in key order, or in the order they were stored (which the copy keeps:
    /// the newest documents of a duplicate bucket are the ones compared).
    func rows(in db: Database, asStored: Bool = false) throws -> [[CopyValue]] {
        try Row.fetchAll(db, sql: select(orderedBy: asStored ? "rowid" : order)).map { row in
            columns.enumerated().map { index, column in
                let value: DatabaseValue = row[index]
                if value.isNull { return .null }
                switch column.kind {
                case .text: return .text(String.fromDatabaseValue(value) ?? "")
                case .integer: return .integer(Int64.fromDatabaseValue(value) ?? 0)
                case .real: return .real(Double.fromDatabaseValue(value) ?? 0)
                case .boolean: return .boolean((Int64.fromDatabaseValue(value) ?? 0) != 0)
                case .blob: return .blob([UInt8](Data.fromDatabaseValue(value) ?? Data()))
                }
            }
        }
    }

    /// Every row, in key order, from PostgreSQL.
    func rows(in db: PostgresSession.Queries) throws -> [[CopyValue]] {
        try db.rows(PostgresQuery(unsafeSQL: select(orderedBy: order))).map { row in
            try zip(row, columns).map { cell, column in
                switch column.kind {
                case .text: return try cell.decode(String?.self).map(CopyValue.text) ?? .null
                case .integer: return try cell.decode(Int64?.self).map(CopyValue.integer) ?? .null
                case .real: return try cell.decode(Double?.self).map(CopyValue.real) ?? .null
                case .boolean: return try cell.decode(Bool?.self).map(CopyValue.boolean) ?? .null
                case .blob: return try cell.decode(ByteBuffer?.self).map { .blob(Array($0.readableBytesView)) } ?? .null
                }
            }
        }
    }
}

/// One cell of a copied row.
enum CopyValue: Sendable {
    case null
    case text(String)
    case integer(Int64)
    case real(Double)
    case boolean(Bool)
    case blob([UInt8])

    /// SHA-256 over every cell of the rows, each written with its kind, so that both engines' rows
    /// give the same checksum exactly when they hold the same values.
    static func checksum(_ rows: [[CopyValue]]) -> String {
        var hasher = SHA256()
        for row in rows {
            for value in row {
                let text: String
                switch value {
                case .null: text = "n"
                case .text(let string): text = "t\(string.utf8.count):\(string)"
                case .integer(let integer): text = "i\(integer)"
                case .real(let real): text = "r\(real.bitPattern)"
                case .boolean(let boolean): text = boolean ? "b1" : "b0"
                case .blob(let bytes): text = "x" + bytes.map { String($0, radix: 16) }.joined(separator: ",")
                }
                hasher.update(Array(text.utf8) + [0x1E])
            }
            hasher.update([0x1D])
        }
        return hasher.finalize().map { String(format: "%02x", $0) }.joined()
    }
}

extension PostgresStatement {
    /// Binds one copied cell, returning its placeholder.
    mutating func bind(_ value: CopyValue) -> String {
        switch value {
        case .null: return bindNull()
        case .text(let string): return bind(string)
        case .integer(let integer): return bind(integer)
        case .real(let real): return bind(real)
        case .boolean(let boolean): return bind(boolean)
        case .blob(let bytes): return bind(ByteBuffer(bytes: bytes))
        }
    }
}
