import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// `vigil serve` as a client meets it over TCP: a connection that sends nothing is closed after
/// `--idle-timeout`, so that thousands of half-open connections cannot use up its file handles.
@Suite struct ServeConnectionTests {
    /// Starts `vigil serve --port 0` and returns the process and its port.
    func serve(_ vigil: VigilProcess, _ extra: [String]) throws -> (Process, UInt16) {
        let process = vigil.start(["serve", "--port", "0"] + extra)
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        var seen = ""
        let deadline = Date().addingTimeInterval(20)
        while Date() < deadline {
            let chunk = out.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            seen += String(decoding: chunk, as: UTF8.self)
            if let range = seen.range(of: #"127\.0\.0\.1:(\d+)/"#, options: .regularExpression) {
                let port = seen[range].dropFirst("127.0.0.1:".count).dropLast()
                return (process, try #require(UInt16(port)))
            }
        }
        process.terminate()
        throw CocoaError(.fileReadUnknown, userInfo: [NSLocalizedDescriptionKey: "no URL from vigil serve: \(seen)"])
    }

    /// Connects to 127.0.0.1:`port`, optionally sends `request`, and returns the seconds until the
    /// server closes the connection (nil when it is still open after `limit` seconds).
    func secondsUntilClosed(port: UInt16, sending request: String? = nil, limit: Double) throws -> Double? {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        try #require(socket >= 0)
        defer { close(socket) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        try #require(connected == 0)
        if let request { _ = request.withCString { send(socket, $0, strlen($0), 0) } }
        var timeout = timeval(tv_sec: 0, tv_usec: 200_000)
        setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        let start = Date()
        var buffer = [UInt8](repeating: 0, count: 4096)
        while Date().timeIntervalSince(start) < limit {
            let read = recv(socket, &buffer, buffer.count, 0)
            if read == 0 { return Date().timeIntervalSince(start) }
            if read < 0, errno != EAGAIN, errno != EWOULDBLOCK { return Date().timeIntervalSince(start) }
        }
        return nil
    }

    @Test func aSilentConnectionIsClosedAfterTheIdleTimeout() throws {
        let vigil = try VigilProcess()
        defer { vigil.cleanUp() }
        let (server, port) = try serve(vigil, ["--idle-timeout", "1"])
        defer { server.terminate() }
        let silent = try secondsUntilClosed(port: port, limit: 6)
        #expect(silent != nil, "a connection that sent nothing was still open after 6 s")
        let answered = try secondsUntilClosed(port: port, sending: "GET /healthz HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n", limit: 6)
        #expect(answered.map { $0 < 3 } == true, "an answered HTTP/1.0 connection outlived the idle timeout: \(String(describing: answered))")
    }
}
