import ArgumentParser

/// A failure reported to the user as one line on stderr, with a meaningful exit code.
struct CLIError: Error, CustomStringConvertible {
    /// Exit codes from sysexits.h, so scripts can tell failures apart.
    enum Code: Int32 {
        /// Some input was rejected (bad data); the rest was processed.
        case dataError = 65
        /// An input path does not exist.
        case noInput = 66
        /// A remote service (a watched feed) did not answer as it should.
        case unavailable = 69
        /// The database could not be opened or written.
        case ioError = 74
    }

    var message: String
    var code: Code

    init(_ message: String, code: Code) {
        self.message = message
        self.code = code
    }

    var description: String { message }
}

extension ParsableCommand {
    /// Runs `body`, printing a ``CLIError`` as "vigil: message" and exiting with its code.
    func reportingErrors(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch let error as CLIError {
            Console.error("vigil: \(error.message)")
            throw ExitCode(error.code.rawValue)
        }
    }
}
