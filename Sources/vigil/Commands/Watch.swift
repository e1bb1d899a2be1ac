import ArgumentParser
import Foundation
import VigilExtract
import VigilPipeline
import VigilStore
import VigilWatch

/// `vigil watch`: polls the watched feeds on their schedules and processes what is new.
struct Watch: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Poll the watched feeds on their schedules; store, extract and link what is new.",
        discussion: """
            Politely, as feed readers do: a conditional GET (ETag, Last-Modified; 304 costs nothing),
            one request at a time per host with --host-delay seconds between them (or the site's
            Crawl-delay), robots.txt obeyed, a User-Agent naming Vigil, gzip, at most 5 redirects,
            --timeout seconds per request and --max-megabytes per body. A feed that fails is polled
            again after twice its interval, then four times, up to a day (or the server's
            Retry-After); its last error shows in `vigil feeds list`. Items already taken are never
            fetched again, across restarts. With PostgreSQL, several watchers share the feeds: each
            feed is leased to one of them while it is polled.
            """)

    @OptionGroup var store: StoreOptions
    @Flag(help: "Poll the feeds that are due once, then exit.") var once = false
    @Flag(help: "Store articles only; leave extraction to `vigil process` or `vigil worker`.") var noProcess = false
    @Option(help: ArgumentHelp("Seconds between two requests to one host.", valueName: "seconds")) var hostDelay = 1.0
    @Option(help: ArgumentHelp("Seconds a request may take.", valueName: "seconds")) var timeout = 30
    @Option(help: ArgumentHelp("Largest feed or page accepted, in megabytes.", valueName: "MB")) var maxMegabytes = 16
    @Flag(help: "Print each round's summary as JSON.") var json = false

    func validate() throws {
        guard (0...60).contains(hostDelay) else { throw ValidationError("--host-delay \(hostDelay) must be between 0 and 60 seconds") }
        guard (1...600).contains(timeout) else { throw ValidationError("--timeout \(timeout) must be between 1 and 600 seconds") }
        guard (1...1024).contains(maxMegabytes) else { throw ValidationError("--max-megabytes \(maxMegabytes) must be between 1 and 1024") }
    }

    func run() throws {
        try reportingErrors {
            let watcher = try makeWatcher()
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
                await watcher.run(idleSeconds: 15) { result in
                    switch result {
                    case .success(let round) where !round.isEmpty: Watch.report(round, json: json)
                    case .success: break
                    case .failure(let error): Console.error("vigil: \(error)")
                    }
                }
            }
            dispatchMain()
        }
    }

    /// A watcher over the database, with extraction unless --no-process.
    func makeWatcher() throws -> FeedWatcher {
        let feeds = try Feeds.feedStore(store)
        let processor = noProcess ? nil : StoryProcessor(store: feeds, extractor: try Extractor.loadDefault(customPlaces: feeds.customPlaces()))
        var settings = WatchSettings(owner: "\(ProcessInfo.processInfo.hostName):\(ProcessInfo.processInfo.processIdentifier)")
        settings.hostDelaySeconds = hostDelay
        let fetcher = FeedFetcher(maxBytes: maxMegabytes << 20, timeoutSeconds: Int64(timeout))
        return FeedWatcher(
            store: feeds, processor: processor, alerts: Alerts.dispatcher(feeds), fetcher: fetcher, settings: settings)
    }

    /// Prints a round: the summary on stdout, each feed's problem on stderr.
    static func report(_ round: WatchRound, json: Bool) {
        for message in round.messages { Console.error(message) }
        if json { try? JSONOutput.printLine(round) } else { print(round.line) }
    }
}
