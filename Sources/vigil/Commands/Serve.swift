import ArgumentParser
import Foundation
import VigilExtract
import VigilModel
import VigilPipeline
import VigilServer
import VigilStore
import VigilWatch

/// `vigil serve`: the JSON API and the dashboard over HTTP.
struct Serve: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the dashboard and the JSON API (reads open on 127.0.0.1, writes need a token).",
        discussion: """
            Open the printed URL in a browser: a map, a timeline, a table of events, each event with its \
            article and evidence, and a review queue. The API is described at /api/openapi.json; /healthz \
            answers when the database does.

            Reviewing and posting documents need a token: create one with `vigil token create --name NAME` \
            and paste it into the dashboard (or send `Authorization: Bearer TOKEN`). --closed-reads makes \
            every /api read need a token too; use it when --host is not a loopback address.
            """)

    @OptionGroup var store: StoreOptions
    @Option(help: "Address to listen on (127.0.0.1 keeps the server on this machine).") var host = "127.0.0.1"
    @Option(help: "Port to listen on (0 picks a free one).") var port = 8080
    @Flag(help: "Require a token for reads as well as writes.") var closedReads = false
    @Flag(help: "Extract events from posted documents right away (as `vigil process` does).") var process = false
    @Flag(help: "Poll the watched feeds as `vigil watch` does, inside the server.") var watch = false
    @OptionGroup(title: "Watching (with --watch)") var watchOptions: WatchOptions
    @Option(help: ArgumentHelp("Largest request body accepted, in megabytes.", valueName: "MB")) var maxBodyMegabytes = 8
    @Option(
        name: .customLong("allowed-host"),
        help: ArgumentHelp("A host name browsers may reach this server by (repeatable); on 127.0.0.1 only loopback names are answered.", valueName: "name"))
    var allowedHosts: [String] = []
    @Option(help: ArgumentHelp("Close a connection after this many seconds without a byte from it.", valueName: "seconds"))
    var idleTimeout = 30

    /// The largest --max-body-megabytes: a request body is held in memory whole.
    static let largestBodyMegabytes = 4096

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port \(port) must be between 0 and 65535") }
        guard (1...3600).contains(idleTimeout) else { throw ValidationError("--idle-timeout \(idleTimeout) must be between 1 and 3600 seconds") }
        guard (1...Self.largestBodyMegabytes).contains(maxBodyMegabytes) else {
            throw ValidationError("--max-body-megabytes \(maxBodyMegabytes) must be between 1 and \(Self.largestBodyMegabytes)")
        }
    }

    func run() throws {
        try reportingErrors {
            guard let opened = try store.open() as? any ReviewStore & TokenStore else {
                throw CLIError("this database does not support review and tokens", code: .ioError)
            }
            var configuration = ServerConfiguration(
                host: host, port: port, readsRequireToken: closedReads, maxBodyBytes: maxBodyMegabytes << 20,
                allowedHosts: allowedHosts, idleTimeoutSeconds: idleTimeout)
            let processor = process || watch
                ? StoryProcessor(store: opened, extractor: try Extractor.loadDefault(customPlaces: opened.customPlaces())) : nil
            if process, let processor {
                let alerts = Alerts.dispatcher(opened)
                configuration.processPending = {
                    let done = try processor.run()
                    _ = try alerts?.enqueue(canonicalEventIDs: done.canonicalEventIDs)
                    return done.events
                }
            }
            if watch { try startWatching(opened, processor: processor) }
            if !closedReads, !ServerConfiguration.loopbackHosts.contains(host.lowercased()) {
                Console.error("warning: reads are open to anyone who can reach \(host):\(port); add --closed-reads to require a token")
            }
            let settings = configuration
            Task {
                do {
                    try await VigilApplication.serve(store: opened, configuration: settings) { url in
                        let line = "Vigil is serving the dashboard at \(url)  (API: \(url)api/openapi.json; Ctrl-C stops)\n"
                        FileHandle.standardOutput.write(Data(line.utf8))
                    }
                    Foundation.exit(0)
                } catch {
                    Console.error("vigil: cannot serve on \(host):\(port): \(error)")
                    Foundation.exit(CLIError.Code.ioError.rawValue)
                }
            }
            dispatchMain()
        }
    }

    /// Polls the watched feeds beside the server, each round's summary and problems on stderr.
    private func startWatching(_ store: any Store, processor: StoryProcessor?) throws {
        let watcher = try watchOptions.watcher(over: store, processor: processor)
        Task {
            await watcher.run(idleSeconds: 15) { result in
                if case .success(let round) = result, !round.isEmpty {
                    for message in round.messages { Console.error(message) }
                    Console.error("watch: \(round.line)")
                } else if case .failure = result {
                    Watch.report(result, json: false)
                }
            }
        }
    }
}
