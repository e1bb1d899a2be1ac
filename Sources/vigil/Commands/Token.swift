import ArgumentParser
import VigilServer
import VigilStore

/// `vigil token`: API tokens for the server's writes (review, posting documents).
struct Token: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "token",
        abstract: "Create, list and revoke API tokens for `vigil serve`.",
        subcommands: [Create.self, List.self, Revoke.self])

    /// `vigil token create --name NAME`
    struct Create: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "create",
            abstract: "Create a token and print it once; only its hash is stored.",
            discussion: "The name is recorded in the audit log with every change made with the token.")

        @OptionGroup var store: StoreOptions
        @Option(help: "Who or what uses the token, e.g. \"alice\" or \"feed-bot\".") var name: String

        func validate() throws {
            let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.@")
            guard !name.isEmpty, name.count <= 64, name.allSatisfy(allowed.contains) else {
                throw ValidationError("--name \"\(name)\" must be 1 to 64 letters, digits, '-', '_', '.' or '@'")
            }
        }

        func run() throws {
            try reportingErrors {
                let tokens = try Token.tokenStore(store)
                let token = APIToken.generate()
                do {
                    try tokens.saveToken(name: name, hash: APIToken.hash(token))
                } catch let error as StoreError {
                    throw CLIError(error.message, code: .dataError)
                }
                print(token)
                Console.error("token \"\(name)\" created; it is shown only this once (send it as Authorization: Bearer TOKEN)")
            }
        }
    }

    /// `vigil token list`
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List token names, when made and last used.")

        @OptionGroup var store: StoreOptions

        func run() throws {
            try reportingErrors {
                let records = try Token.tokenStore(store).tokens()
                if records.isEmpty { print("no tokens (create one with `vigil token create --name NAME`)") }
                for record in records {
                    print("\(record.name)  created \(record.created)  last used \(record.lastUsed ?? "never")")
                }
            }
        }
    }

    /// `vigil token revoke NAME`
    struct Revoke: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "revoke",
            abstract: "Revoke a token: requests that send it are refused from now on (a running server included).")

        @OptionGroup var store: StoreOptions
        @Argument(help: "The token's name (see `vigil token list`).") var name: String

        func run() throws {
            try reportingErrors {
                guard try Token.tokenStore(store).revokeToken(name: name) else {
                    throw CLIError("no token named \"\(name)\" (see `vigil token list`)", code: .dataError)
                }
                print("token \"\(name)\" revoked")
            }
        }
    }

    static func tokenStore(_ options: StoreOptions) throws -> any TokenStore {
        guard let tokens = try options.open() as? any TokenStore else {
            throw CLIError("this database does not hold tokens", code: .ioError)
        }
        return tokens
    }
}
