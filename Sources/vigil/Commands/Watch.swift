import ArgumentParser
import Foundation
import VigilExtract
import VigilPipeline
import VigilStore
import VigilWatch

/// `vigil watch`: polls the watched feeds on their schedules and processes what is new.
struct Watch: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "watch",
        abstract: "Poll the watched feeds on their schedules; store, extract and link what is new.",
        discussion: """
            Politely, as feed readers do: a conditional GET (ETag, Last-Modified; 304 costs nothing), \
            one request at a time per host with --host-delay seconds between them (or the site's \
            Crawl-delay), robots.txt obeyed, a User-Agent naming Vigil, gzip, at most 5 redirects, \
            --timeout seconds per request and --max-megabytes per body. A feed that fails is polled \
            again after twice its interval, then four times, up to a day (or the server's \
            Retry-After); its last error shows in `vigil feeds list`. Items already taken are never \
            fetched again, across restarts. With PostgreSQL, several watchers share the feeds: each \
            feed is leased to one of them while it is polled; beside `vigil worker`s, give \
            --no-process and let the workers extract.
            """)

    @OptionGroup var store: StoreOptions
    @OptionGroup var options: WatchOptions
    @Flag(help: "Poll the feeds that are due once, then exit.") var once = false
    @Flag(help: "Store articles only; leave extraction to `vigil process` or `vigil worker`.") var noProcess = false
    @Flag(help: "Print each round's summary as JSON.") var json = false

    func run() throws {
        try reportingErrors {
            let opened = try store.open(cacheMegabytes: SQLiteStore.writerCacheMegabytes)
            let processor = noProcess ? nil : StoryProcessor(store: opened, extractor: try Extractor.loadDefault(customPlaces: opened.customPlaces()))
            let watcher = try options.watcher(over: opened, processor: processor)
            let (once, json) = (self.once, self.json)
            Task {
                if once {
                    do {
                        let round = try await watcher.round()
                        Watch.report(round, json: json)
                        Foundation.exit(round.failed > 0 ? CLIError.Code.unavailable.rawValue : 0)
                    } catch {
                        Console.error("vigil: \(error)")
                        Foundation.exit(CLIError.Code.ioError.rawValue)
                    }
                }
                Console.error("vigil is watching the feeds of \(store.location) (Ctrl-C stops)")
                await watcher.run(idleSeconds: 15) { result in Watch.report(result, json: json) }
            }
            dispatchMain()
        }
    }

    /// Prints a round: the summary on stdout, each feed's problem on stderr.
    static func report(_ round: WatchRound, json: Bool) {
        for message in round.messages { Console.error(message) }
        if json { try? JSONOutput.printLine(round) } else { print(round.line) }
    }

    /// Prints a round of a long watch when something happened, or its error.
    static func report(_ result: Result<WatchRound, any Error>, json: Bool) {
        switch result {
        case .success(let round) where !round.isEmpty: report(round, json: json)
        case .success: break
        case .failure(let error): Console.error("vigil: watching feeds: \(error)")
        }
    }
}
