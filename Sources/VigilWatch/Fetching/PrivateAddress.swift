public import Foundation

/// Addresses of this machine and of private networks (loopback, RFC 1918, link-local, unique local):
/// a feed on the internet must not make Vigil fetch them through its items' links.
public enum PrivateAddress {
    /// Whether `url`'s host is `localhost` or a literal private address.
    public static func isPrivate(_ url: URL) -> Bool {
        guard var host = url.host?.lowercased() else { return false }
        if host.hasPrefix("[") && host.hasSuffix("]") { host = String(host.dropFirst().dropLast()) }
        if host == "localhost" || host.hasSuffix(".localhost") || host == "::1" || host == "0.0.0.0" { return true }
        if host.hasPrefix("fc") || host.hasPrefix("fd") || host.hasPrefix("fe80:") { return host.contains(":") }
        let parts = host.split(separator: ".").compactMap { Int($0) }
        guard parts.count == 4, host.split(separator: ".").count == 4 else { return false }
        switch (parts[0], parts[1]) {
        case (127, _), (10, _), (192, 168), (169, 254), (0, _): return true
        case (172, 16...31): return true
        default: return false
        }
    }
}
