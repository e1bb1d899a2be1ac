import Foundation
import Hummingbird
import Logging

/// The dashboard: plain HTML, CSS and JavaScript with a vendored Leaflet and a Natural Earth base
/// layer, served from the module's resources so it works without internet.
enum Dashboard {
    /// The folder holding `index.html`.
    static var folder: String {
        Bundle.module.url(forResource: "dashboard", withExtension: nil, subdirectory: "Resources")?.path
            ?? Bundle.module.bundlePath + "/Resources/dashboard"
    }

    /// Serves the dashboard's files for paths no API route answers.
    static func middleware() -> FileMiddleware<VigilRequestContext, LocalFileSystem> {
        var logger = Logger(label: "vigil.dashboard")
        logger.logLevel = .warning
        return FileMiddleware(
            folder, cacheControl: .init([(MediaType(type: .any), [.noCache])]), searchForIndexHtml: true, logger: logger)
    }
}
