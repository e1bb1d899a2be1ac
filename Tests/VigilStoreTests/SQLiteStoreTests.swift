import Foundation
import Testing
import VigilStore
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
}
