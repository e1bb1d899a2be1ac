import ArgumentParser
import VigilStore

/// `--db`, shared by every command that reads or writes the database.
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Database file (default: $VIGIL_DB or ~/.local/share/vigil/vigil.sqlite).", valueName: "path"))
    var db: String?

    /// Opens the store, turning failures into a message that names the path.
    func open() throws -> any Store {
        do {
            return try SQLiteStore(path: db ?? SQLiteStore.defaultPath)
        } catch let error as StoreError {
            throw CLIError(error.message, code: .ioError)
        }
    }
}
