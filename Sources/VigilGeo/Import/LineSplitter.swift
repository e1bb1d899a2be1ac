/// Cuts a byte stream that arrives in chunks into numbered lines (without their "\n" or "\r\n"), keeping a line
/// that spans two chunks whole.
struct LineSplitter {
    private var pending: [UInt8] = []
    /// The number of the last line handed out, from 1.
    private(set) var line = 0

    /// Calls `body` for each complete line of `chunk`, the bytes left over from the last chunk first.
    mutating func feed(_ chunk: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>, Int) throws -> Void) rethrows {
        var start = 0
        for k in 0..<chunk.count where chunk[k] == 10 {
            line += 1
            if pending.isEmpty {
                try body(LineSplitter.trimmed(UnsafeBufferPointer(rebasing: chunk[start..<k])), line)
            } else {
                pending.append(contentsOf: chunk[start..<k])
                try pending.withUnsafeBufferPointer { try body(LineSplitter.trimmed($0), line) }
                pending.removeAll(keepingCapacity: true)
            }
            start = k + 1
        }
        pending.append(contentsOf: chunk[start..<chunk.count])
    }

    /// Hands out the last line when the stream does not end with "\n".
    mutating func finish(_ body: (UnsafeBufferPointer<UInt8>, Int) throws -> Void) rethrows {
        guard !pending.isEmpty else { return }
        line += 1
        try pending.withUnsafeBufferPointer { try body(LineSplitter.trimmed($0), line) }
        pending.removeAll()
    }

    private static func trimmed(_ line: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        line.last == 13 ? UnsafeBufferPointer(rebasing: line[0..<(line.count - 1)]) : line
    }
}
