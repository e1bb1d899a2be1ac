import Hummingbird
import VigilStore

/// Audit log entries, oldest first.
struct AuditPayload: ResponseEncodable, Sendable {
    var entries: [AuditEntry]
}
