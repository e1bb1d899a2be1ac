import Hummingbird
import VigilStore

/// `GET /api/audit`: the latest changes reviewers made; `GET /api/whoami`: the name of the token sent.
struct AuditRoutes {
    let store: any ReviewStore

    func register(reads: RouterGroup<VigilRequestContext>, writes: RouterGroup<VigilRequestContext>) {
        reads.get("audit") { request, _ -> AuditPayload in
            let query = try QueryParameters(request, allowed: ["subject", "limit"])
            let limit = try query.int("limit", in: 1...ServerConfiguration.maxPageSize) ?? 100
            return AuditPayload(entries: try store.auditLog(subject: query.string("subject"), limit: limit))
        }
        writes.get("whoami") { _, context in
            WhoAmIPayload(name: context.tokenName ?? "anonymous")
        }
    }
}
