import Foundation

/// Buffered JSON-lines output, on stdout unless another file is given.
final class LineWriter {
    private var buffer = Data()
    private let encoder = JSONOutput.encoder
    private let handle: FileHandle

    init(handle: FileHandle = .standardOutput) {
        self.handle = handle
    }

    /// Appends one value as a line, flushing every 64 KB.
    func write(_ value: some Encodable) {
        guard let data = try? encoder.encode(value) else { return }
        buffer.append(data)
        buffer.append(0x0A)
        if buffer.count >= 1 << 16 { flush() }
    }

    /// Appends one line already encoded.
    func write(raw data: Data) {
        buffer.append(data)
        buffer.append(0x0A)
        if buffer.count >= 1 << 16 { flush() }
    }

    func flush() {
        guard !buffer.isEmpty else { return }
        handle.write(buffer)
        buffer.removeAll(keepingCapacity: true)
    }
}
