import CZlib
import Foundation

/// A zip file's members, read through zlib: enough for the archives GeoNames publishes (`NG.zip` holding `NG.txt`
/// and a readme), stored or deflated, streamed so a 1.5 GB member never sits in memory whole.
struct ZipArchive {
    /// One member: its name, compression method and where its data lies.
    struct Member {
        let name: String
        let method: UInt16
        let compressedSize: Int
        let uncompressedSize: Int
        let headerOffset: Int
    }

    /// The archive's file name, for messages.
    let file: String
    /// Every member, in the central directory's order.
    let members: [Member]
    private let data: Data

    /// Reads the central directory of the zip file at `url`.
    init(url: URL) throws(GazetteerError) {
        file = url.lastPathComponent
        do { data = try Data(contentsOf: url, options: .alwaysMapped) } catch {
            throw GazetteerError(file: file, line: 0, message: "cannot be read (\(error.localizedDescription))")
        }
        members = try ZipArchive.centralDirectory(of: data, file: file)
    }

    /// True when `bytes` start like a zip file ("PK\u{3}\u{4}").
    static func isZip(_ bytes: Data) -> Bool {
        bytes.count >= 4 && bytes.prefix(4).elementsEqual([0x50, 0x4B, 0x03, 0x04])
    }

    /// Calls `body` with the inflated bytes of `member`, chunk by chunk.
    func forEachChunk(of member: Member, _ body: (UnsafeBufferPointer<UInt8>) throws -> Void) throws {
        let header = member.headerOffset
        guard header + 30 <= data.count, ZipArchive.u32(data, header) == 0x0403_4B50 else {
            throw GazetteerError(file: file, line: 0, message: "member \(member.name) has no local header")
        }
        let start = header + 30 + ZipArchive.u16(data, header + 26) + ZipArchive.u16(data, header + 28)
        guard start + member.compressedSize <= data.count else {
            throw GazetteerError(file: file, line: 0, message: "member \(member.name) is truncated")
        }
        let range = start..<(start + member.compressedSize)
        switch member.method {
        case 0: try data[range].withUnsafeBytes { try body($0.bindMemory(to: UInt8.self)) }
        case 8: try inflateRaw(range, member: member.name, body)
        default:
            throw GazetteerError(file: file, line: 0, message: "member \(member.name) uses compression method \(member.method); only stored and deflated members are read")
        }
    }

    private func inflateRaw(_ range: Range<Int>, member: String, _ body: (UnsafeBufferPointer<UInt8>) throws -> Void) throws {
        var stream = z_stream()
        guard inflateInit2_(&stream, -15, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw GazetteerError(file: file, line: 0, message: "cannot start decompression")
        }
        defer { inflateEnd(&stream) }
        var chunk = [UInt8](repeating: 0, count: 1 << 20)
        try data[range].withUnsafeBytes { raw in
            let input = raw.bindMemory(to: UInt8.self)
            stream.next_in = UnsafeMutablePointer(mutating: input.baseAddress)
            stream.avail_in = uInt(input.count)
            var status = Z_OK
            while status == Z_OK {
                let produced: Int = chunk.withUnsafeMutableBufferPointer { out in
                    stream.next_out = out.baseAddress
                    stream.avail_out = uInt(out.count)
                    status = inflate(&stream, Z_NO_FLUSH)
                    return out.count - Int(stream.avail_out)
                }
                if status != Z_OK && status != Z_STREAM_END {
                    throw GazetteerError(file: file, line: 0, message: "member \(member) is corrupt (zlib status \(status))")
                }
                try chunk.withUnsafeBufferPointer { try body(UnsafeBufferPointer(rebasing: $0[0..<produced])) }
                if status == Z_OK && produced == 0 && stream.avail_in == 0 {
                    throw GazetteerError(file: file, line: 0, message: "member \(member) is truncated")
                }
            }
        }
    }

    /// The members listed in the central directory, found from the end-of-directory record.
    private static func centralDirectory(of data: Data, file: String) throws(GazetteerError) -> [Member] {
        let lowest = max(0, data.count - 65_557)
        var end = data.count - 22
        while end >= lowest && u32(data, end) != 0x0605_4B50 { end -= 1 }
        guard end >= lowest else { throw GazetteerError(file: file, line: 0, message: "is not a zip file (no central directory)") }
        let count = u16(data, end + 10)
        var at = Int(u32(data, end + 16))
        var members: [Member] = []
        for _ in 0..<count {
            guard at + 46 <= data.count, u32(data, at) == 0x0201_4B50 else {
                throw GazetteerError(file: file, line: 0, message: "has a damaged central directory")
            }
            let nameLength = u16(data, at + 28)
            guard at + 46 + nameLength <= data.count else { throw GazetteerError(file: file, line: 0, message: "has a damaged central directory") }
            let name = String(decoding: data[(data.startIndex + at + 46)..<(data.startIndex + at + 46 + nameLength)], as: UTF8.self)
            members.append(
                Member(
                    name: name, method: UInt16(u16(data, at + 10)), compressedSize: Int(u32(data, at + 20)),
                    uncompressedSize: Int(u32(data, at + 24)), headerOffset: Int(u32(data, at + 42))))
            at += 46 + nameLength + u16(data, at + 30) + u16(data, at + 32)
        }
        return members
    }

    private static func u16(_ data: Data, _ at: Int) -> Int {
        Int(data[data.startIndex + at]) | Int(data[data.startIndex + at + 1]) << 8
    }

    private static func u32(_ data: Data, _ at: Int) -> UInt32 {
        (0..<4).reduce(UInt32(0)) { $0 | UInt32(data[data.startIndex + at + $1]) << (8 * UInt32($1)) }
    }
}
