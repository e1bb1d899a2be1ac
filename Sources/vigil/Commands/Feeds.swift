import ArgumentParser
import Foundation
import VigilStore
import VigilWatch

/// `vigil feeds`: the feeds `vigil watch` polls.
struct Feeds: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "feeds",
        abstract: "Add, list, remove, import and export the feeds `vigil watch` polls.",
        discussion: """
            RSS 2.0, Atom and JSON Feed are read; a feed item with only a summary has its article page \
            fetched and read. `vigil watch` (or `vigil serve --watch`) polls each feed on its schedule, \
            stores the articles not seen before, and extracts and links their events. `feeds list` \
            shows each feed's health: last success, last error, articles in the last day, next poll. \
            OPML, which every feed reader exports and imports, moves subscriptions in and out.
            """,
        subcommands: [Add.self, List.self, Remove.self, Import.self, Export.self],
        defaultSubcommand: List.self)

    /// `vigil feeds add URL`
    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "add", abstract: "Watch a feed.")

        @OptionGroup var store: StoreOptions
        @Argument(help: ArgumentHelp("The feed's http(s) address.", valueName: "url")) var url: String
        @Option(help: "What to call it (default: its host).") var name: String?
        @Option(help: ArgumentHelp("How often to poll it: 90s, 15m, 2h, 1d.", valueName: "interval")) var every = "15m"
        @Option(help: "Outlet name for its articles (default: the feed's own title).") var source: String?
        @Flag(help: "The URL is a section front page, not a feed: its links to articles on the same site are followed.")
        var page = false

        func validate() throws {
            _ = try Feeds.subscription(url: url, name: name, every: every, source: source, isPage: page)
        }

        func run() throws {
            try reportingErrors {
                let feed = try Feeds.subscription(url: url, name: name, every: every, source: source, isPage: page)
                try Feeds.add([feed], to: try Feeds.feedStore(store))
                let what = feed.isPage ? "the articles linked from \(feed.name)" : feed.name
                print("watching \(what) (\(feed.url)) every \(PollInterval(seconds: feed.everySeconds)); `vigil watch` polls it")
            }
        }
    }

    /// `vigil feeds list`
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List feeds with their health.")

        @OptionGroup var store: StoreOptions
        @Flag(help: "Print one JSON object per feed.") var json = false

        func run() throws {
            try reportingErrors {
                let feeds = try FeedHealth.all(in: try Feeds.feedStore(store))
                if json {
                    for feed in feeds { try JSONOutput.printLine(feed) }
                    return
                }
                if feeds.isEmpty { print("no feeds (add one with `vigil feeds add URL`)") }
                for feed in feeds { print(feed.line) }
            }
        }
    }

    /// `vigil feeds remove URL|NAME`
    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "remove", abstract: "Stop watching a feed (its stored articles stay).")

        @OptionGroup var store: StoreOptions
        @Argument(help: ArgumentHelp("The feed's URL or name.", valueName: "url|name")) var feed: String

        func run() throws {
            try reportingErrors {
                let feeds = try Feeds.feedStore(store)
                let found: FeedRecord
                do { found = try FeedSubscription.find(feed, in: try feeds.feeds()) } catch let error as SubscriptionError {
                    throw CLIError(error.message, code: .dataError)
                }
                _ = try feeds.removeFeed(url: found.url)
                print("stopped watching \(found.name) (\(found.url))")
            }
        }
    }

    /// `vigil feeds import FILE.opml`
    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import",
            abstract: "Watch every feed of an OPML file (a feed reader's export); feeds already watched are kept.")

        @OptionGroup var store: StoreOptions
        @Argument(help: ArgumentHelp("An OPML file.", valueName: "file")) var path: String
        @Option(help: ArgumentHelp("How often to poll them: 90s, 15m, 2h, 1d.", valueName: "interval")) var every = "15m"

        func validate() throws {
            do { _ = try PollInterval(parsing: every) } catch { throw ValidationError("--every \(error.message)") }
        }

        func run() throws {
            try reportingErrors {
                guard let data = FileManager.default.contents(atPath: path) else {
                    throw CLIError("\(path): no such file or not readable", code: .noInput)
                }
                let opml: OPMLImport
                do { opml = try OPML.outlines(in: data, input: path) } catch let error as OPMLError {
                    throw CLIError(error.description, code: .dataError)
                }
                for message in opml.skipped { Console.error("skipped \(message)") }
                let feeds = try Feeds.feedStore(store)
                let known = Set(try feeds.feeds().map(\.url))
                let new = try opml.outlines.filter { !known.contains($0.url) }.map {
                    try Feeds.subscription(url: $0.url, name: $0.title, every: every, source: nil)
                }
                try Feeds.add(new, to: feeds)
                print("watching \(new.count) new feed\(new.count == 1 ? "" : "s") from \(path) (\(opml.outlines.count - new.count) already watched, \(opml.skipped.count) skipped)")
            }
        }
    }

    /// `vigil feeds export`
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "export", abstract: "Print the watched feeds as OPML, for a feed reader or another Vigil.")

        @OptionGroup var store: StoreOptions

        func run() throws {
            try reportingErrors {
                let feeds = try Feeds.feedStore(store).feeds()
                print(OPML.document(feeds.map { OPMLOutline(url: $0.url, title: $0.name) }, title: "Feeds watched by Vigil"), terminator: "")
            }
        }
    }

    static func feedStore(_ options: StoreOptions) throws -> any Store & FeedStore {
        try feedStore(of: try options.open())
    }

    /// `store` as one that keeps feeds, or an error saying it does not.
    static func feedStore(of store: any Store) throws -> any Store & FeedStore {
        guard let feeds = store as? any Store & FeedStore else {
            throw CLIError("this database does not keep feeds", code: .ioError)
        }
        return feeds
    }

    /// A new subscription, due at once; a bad URL or interval is a usage error naming its option.
    static func subscription(url: String, name: String?, every: String, source: String?, isPage: Bool = false) throws -> FeedRecord {
        do { return try FeedSubscription.new(url: url, name: name, every: every, source: source, isPage: isPage) } catch {
            throw ValidationError(error.field == "every" ? "--every \(error.message)" : error.message)
        }
    }

    static func add(_ records: [FeedRecord], to feeds: any FeedStore) throws {
        for record in records {
            do { try feeds.addFeed(record) } catch let error as StoreError { throw CLIError(error.message, code: .dataError) }
        }
    }
}
