import ArgumentParser
import VigilModel
import VigilStore

/// `vigil docs`: list, search and show stored documents.
struct Docs: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "docs",
        abstract: "List, search and show stored documents.",
        subcommands: [List.self, Search.self, Show.self],
        defaultSubcommand: List.self)

    /// `vigil docs list`
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List documents, newest first.")

        @OptionGroup var store: StoreOptions
        @Option(help: "How many to show.") var limit = 20
        @Option(help: "How many to skip.") var offset = 0
        @Flag(help: "Print JSON lines.") var json = false

        func validate() throws {
            guard limit > 0 else { throw ValidationError("--limit must be positive, got \(limit)") }
            guard offset >= 0 else { throw ValidationError("--offset must not be negative, got \(offset)") }
        }

        func run() throws {
            try reportingErrors {
                let documents = try store.open().documents(limit: limit, offset: offset)
                try Docs.printSummaries(documents, json: json)
            }
        }
    }

    /// `vigil docs search QUERY`
    struct Search: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "search",
            abstract: "Full-text search over titles and texts.",
            discussion: "Every word must appear (as a word or a word prefix); accents are ignored.")

        @OptionGroup var store: StoreOptions
        @Argument(help: "Words to look for.") var query: [String]
        @Option(help: "How many to show.") var limit = 20
        @Flag(help: "Print JSON lines.") var json = false

        func run() throws {
            try reportingErrors {
                let documents = try store.open().searchDocuments(query.joined(separator: " "), limit: limit)
                if documents.isEmpty && !json { print("no documents match \"\(query.joined(separator: " "))\"") }
                try Docs.printSummaries(documents, json: json)
            }
        }
    }

    /// `vigil docs show ID`
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "show", abstract: "Show a document with its sources and near-duplicates.")

        @OptionGroup var store: StoreOptions
        @Argument(help: "Document id.") var id: String
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            try reportingErrors {
                guard let stored = try store.open().document(id: id) else {
                    throw CLIError("no document with id \"\(id)\"", code: .dataError)
                }
                if json {
                    try JSONOutput.printLine(stored)
                    return
                }
                let document = stored.document
                print("\(document.id)  \(document.title)")
                print("published \(document.published?.description ?? "unknown")  language \(document.language)  story \(document.storyID)")
                if let dateline = document.dateline { print("dateline  \(dateline)") }
                print("\nsources (\(stored.sources.count)):")
                for source in stored.sources {
                    print("  \(source.source.isEmpty ? "(unknown source)" : source.source)  \(source.url)  \(source.published?.description ?? "")  from \(source.origin)")
                }
                if !stored.storyDocuments.isEmpty {
                    print("\nsame story (near-duplicates):")
                    for other in stored.storyDocuments { print("  \(other.id)  \(other.title)") }
                }
                if !stored.repeatedSpans.isEmpty {
                    print("\n\(stored.repeatedSpans.count) repeated paragraph(s) are read once by extraction.")
                }
                print("\n" + document.text)
            }
        }
    }

    static func printSummaries(_ documents: [DocumentSummary], json: Bool) throws {
        for document in documents {
            if json {
                try JSONOutput.printLine(document)
            } else {
                let sources = document.sourceCount > 1 ? "  [\(document.sourceCount) sources]" : ""
                let date = document.published?.description ?? "          "
                print("\(date)  \(document.id)  \(document.title.isEmpty ? document.snippet.prefix(80) : document.title.prefix(80))\(sources)")
            }
        }
    }
}
