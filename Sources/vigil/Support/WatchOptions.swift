import ArgumentParser
import VigilPipeline
import VigilStore
import VigilWatch

/// How `vigil watch` and `vigil serve --watch` fetch: shared options and the watcher they make.
struct WatchOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Seconds between two requests to one host.", valueName: "seconds")) var hostDelay = 1.0
    @Option(help: ArgumentHelp("Seconds a request may take.", valueName: "seconds")) var timeout = 30
    @Option(help: ArgumentHelp("Largest feed or page accepted, in megabytes.", valueName: "MB")) var maxMegabytes = 16

    func validate() throws {
        guard (0...60).contains(hostDelay) else { throw ValidationError("--host-delay \(hostDelay) must be between 0 and 60 seconds") }
        guard (1...600).contains(timeout) else { throw ValidationError("--timeout \(timeout) must be between 1 and 600 seconds") }
        guard (1...1024).contains(maxMegabytes) else { throw ValidationError("--max-megabytes \(maxMegabytes) must be between 1 and 1024") }
    }

    /// A watcher over `store` that processes what it stores with `processor` (none: stores only) and
    /// sends the alerts due.
    func watcher(over store: any Store, processor: StoryProcessor?) throws -> FeedWatcher {
        let feeds = try Feeds.feedStore(of: store)
        var settings = WatchSettings()
        settings.hostDelaySeconds = hostDelay
        let fetcher = FeedFetcher(maxBytes: maxMegabytes << 20, timeoutSeconds: Int64(timeout))
        return FeedWatcher(store: feeds, processor: processor, alerts: Alerts.dispatcher(feeds), fetcher: fetcher, settings: settings)
    }
}
