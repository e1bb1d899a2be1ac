import CZlib

/// gzip decompression through zlib.
enum Gzip {
    /// True when `bytes` start with the gzip magic number.
    static func isCompressed(_ bytes: [UInt8]) -> Bool {
        bytes.count >= 2 && bytes[0] == 0x1F && bytes[1] == 0x8B
    }

    /// Inflates gzip data, refusing output larger than `limit` bytes.
    static func decompress(_ bytes: [UInt8], input: String, limit: Int) throws(IngestError) -> [UInt8] {
        var stream = z_stream()
        guard inflateInit2_(&stream, 15 + 32, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw IngestError(input: input, problem: "cannot start gzip decompression")
        }
        defer { inflateEnd(&stream) }
        var output: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        var input0 = bytes
        var status: Int32 = Z_OK
        let total = input0.count
        status = input0.withUnsafeMutableBufferPointer { inBuffer -> Int32 in
            stream.next_in = inBuffer.baseAddress
            stream.avail_in = uInt(total)
            var result: Int32 = Z_OK
            repeat {
                result = chunk.withUnsafeMutableBufferPointer { outBuffer -> Int32 in
                    stream.next_out = outBuffer.baseAddress
                    stream.avail_out = uInt(outBuffer.count)
                    let r = inflate(&stream, Z_NO_FLUSH)
                    output.append(contentsOf: outBuffer[0..<(outBuffer.count - Int(stream.avail_out))])
                    return r
                }
                if output.count > limit { return Z_BUF_ERROR }
            } while result == Z_OK
            return result
        }
        guard status == Z_STREAM_END else {
            if output.count > limit {
                throw IngestError(
                    input: input,
                    problem: "too large: the gzip content is more than \(InputDecoder.describe(limit))")
            }
            throw IngestError(input: input, problem: "corrupt or truncated gzip data (zlib status \(status))")
        }
        return output
    }
}
