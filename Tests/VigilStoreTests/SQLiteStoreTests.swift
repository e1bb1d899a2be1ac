import Foundation
import Testing
@testable import VigilStore
import VigilTestSupport

/// What only the SQLite backend does: files on disk.
@Suite struct SQLiteStoreTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vigil-store-\(UUID().uuidString)")

    @Test func aFileThatIsNotADatabaseGivesAClearError() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("notes.sqlite").path
        try Data("just some notes, not SQLite".utf8).write(to: URL(fileURLWithPath: path))
        #expect {
            try SQLiteStore(path: path)
        } throws: { error in
            "\(error)".contains(path) && "\(error)".contains("not a database")
        }
    }

    @Test func thePageCacheIsSetByTheEnvironmentWithinBounds() throws {
        #expect(try SQLiteStore.cacheMegabytes([:]) == 64)
        #expect(try SQLiteStore.cacheMegabytes(["VIGIL_SQLITE_CACHE_MB": "8"]) == 8)
        #expect(try SQLiteStore.cacheMegabytes([:], default: SQLiteStore.writerCacheMegabytes) == 2)
        #expect(try SQLiteStore.cacheMegabytes(["VIGIL_SQLITE_CACHE_MB": "8"], default: SQLiteStore.writerCacheMegabytes) == 8)
        for bad in ["0", "5000", "lots"] {
            #expect {
                try SQLiteStore.cacheMegabytes(["VIGIL_SQLITE_CACHE_MB": bad])
            } throws: { error in
                "\(error)".contains("VIGIL_SQLITE_CACHE_MB is \"\(bad)\"") && "\(error)".contains("1 to 4096")
            }
        }
    }
}
