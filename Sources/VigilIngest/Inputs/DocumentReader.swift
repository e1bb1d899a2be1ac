import Foundation
import VigilModel

/// Reads documents from paths (files, folders recursively, gzip files) and standard input.
///
/// Explicit paths that are missing or of an unsupported type are rejected with a message; inside
/// folders, hidden files and unsupported types are skipped.
public struct DocumentReader: Sendable {
    public var decoder: InputDecoder
    /// Format for standard input; nil sniffs it from the content.
    public var stdinFormat: InputFormat?

    public init(decoder: InputDecoder = InputDecoder(), stdinFormat: InputFormat? = nil) {
        self.decoder = decoder
        self.stdinFormat = stdinFormat
    }

    /// Reads every input in order, calling `emit` for each document, rejection, warning and progress step.
    public func read(_ paths: [String], emit: (ReadEvent) -> Void) {
        let files = expand(paths, emit: emit)
        let total = files.reduce(0) { $0 + $1.size }
        var done = 0
        for file in files {
            readFile(file, emit: emit)
            done += file.size
            emit(.progress(bytesRead: done, bytesTotal: total))
        }
    }

    struct InputFile {
        var path: String
        var size: Int
        var explicit: Bool
    }

    /// Expands folders into their files (sorted, recursive), rejecting missing paths.
    func expand(_ paths: [String], emit: (ReadEvent) -> Void) -> [InputFile] {
        let manager = FileManager.default
        var files: [InputFile] = []
        for path in paths {
            if path == "-" {
                files.append(InputFile(path: "-", size: 0, explicit: true))
                continue
            }
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                emit(.rejected(IngestError(input: path, problem: "no such file or directory")))
                continue
            }
            if isDirectory.boolValue {
                guard let walker = manager.enumerator(atPath: path) else {
                    emit(.rejected(IngestError(input: path, problem: "cannot list the folder (permission denied?)")))
                    continue
                }
                var found: [String] = []
                while let relative = walker.nextObject() as? String {
                    let name = (relative as NSString).lastPathComponent
                    if name.hasPrefix(".") {
                        walker.skipDescendants()
                        continue
                    }
                    let full = (path as NSString).appendingPathComponent(relative)
                    var childIsDirectory: ObjCBool = false
                    if manager.fileExists(atPath: full, isDirectory: &childIsDirectory), !childIsDirectory.boolValue,
                        DocumentReader.format(of: full) != nil
                    {
                        found.append(full)
                    }
                }
                for file in found.sorted() {
                    files.append(InputFile(path: file, size: DocumentReader.size(of: file), explicit: false))
                }
            } else {
                files.append(InputFile(path: path, size: DocumentReader.size(of: path), explicit: true))
            }
        }
        return files
    }

    private func readFile(_ file: InputFile, emit: (ReadEvent) -> Void) {
        let name = file.path == "-" ? "stdin" : file.path
        var format: InputFormat?
        if file.path != "-" {
            format = DocumentReader.format(of: file.path)
            guard format != nil else {
                emit(.rejected(IngestError(
                    input: name,
                    problem: "unsupported file type \"\((file.path as NSString).pathExtension)\" (expected \(InputFormat.supportedExtensions))")))
                return
            }
        }
        // JSONL is streamed line by line, so corpora of any size are read in constant memory.
        if format == .jsonl && !file.path.lowercased().hasSuffix(".gz") && !DocumentReader.holdsJSONFeed(file.path) {
            streamJSONL(path: file.path, file: name, emit: emit)
            return
        }
        var bytes: [UInt8]
        do {
            bytes = try DocumentReader.readBytes(file.path, limit: file.path == "-" ? DocumentReader.streamLimit : decoder.maxBytes)
        } catch {
            emit(.rejected(error))
            return
        }
        read(content: bytes, name: name, format: format, emit: emit)
    }

    /// Reads content fetched or received whole (a feed, a page, JSONL), named `name` in messages;
    /// `format` nil detects it from the content. Gzip-compressed content is inflated first.
    public func read(content: [UInt8], name: String, format: InputFormat?, emit: (ReadEvent) -> Void) {
        var bytes = content
        if Gzip.isCompressed(bytes) {
            // A text or page is one document: it inflates no further than the size limit.
            let oneDocument = format == .text || format == .html
            let limit = oneDocument ? decoder.maxBytes : DocumentReader.streamLimit
            do { bytes = try Gzip.decompress(bytes, input: name, limit: limit) } catch {
                emit(.rejected(error))
                return
            }
        }
        let resolved = format ?? stdinFormat ?? InputFormat(sniffing: bytes)
        if resolved == .jsonl && !JSONFeedReader.isJSONFeed(bytes) {
            readJSONL(bytes, file: name, emit: emit)
            return
        }
        do {
            let text = try decoder.decode(bytes, input: name)
            switch resolved {
            case .text: emit(.document(DocumentReader.datedByName(try PlainTextReader().read(text, origin: name))))
            case .html: emit(.document(DocumentReader.datedByName(try HTMLReader().read(text, origin: name))))
            case .feed: emitItems(of: try FeedReader().read(text, origin: name, maxBytes: decoder.maxBytes), name: name, emit: emit)
            case .jsonl: emitItems(of: try JSONFeedReader().read(text, origin: name, maxBytes: decoder.maxBytes), name: name, emit: emit)
            }
        } catch {
            emit(.rejected(error))
        }
    }

    /// A feed's items, and where its XML broke.
    private func emitItems(of feed: FeedReader.Feed, name: String, emit: (ReadEvent) -> Void) {
        for item in feed.items {
            switch item {
            case .success(let document): emit(.document(document))
            case .failure(let error): emit(.rejected(error))
            }
        }
        if let breakage = feed.breakage {
            emit(.warning("\(name): the XML is broken at \(breakage); items after it may be missing or cut short"))
        }
    }

    /// Whether a `.json` file is a JSON Feed (one object) rather than JSON Lines, from its first kilobyte.
    static func holdsJSONFeed(_ path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        return JSONFeedReader.isJSONFeed(handle.readData(ofLength: 1024))
    }

    /// Largest JSONL, feed or stdin input read as a whole (documents inside still obey `maxBytes`).
    static let streamLimit = 1 << 30

    /// Reads a JSONL file in chunks, one document per line.
    private func streamJSONL(path: String, file: String, emit: (ReadEvent) -> Void) {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            emit(.rejected(IngestError(input: file, problem: "cannot open for reading (permission denied?)")))
            return
        }
        defer { try? handle.close() }
        var pending: [UInt8] = []
        var state = JSONLState()
        // A line over the limit is rejected alone: the rest of it is skipped up to its end, and reading goes on.
        var skippingLongLine = false
        while true {
            let chunk: Data?
            do { chunk = try handle.read(upToCount: 1 << 20) } catch {
                emit(.rejected(IngestError(input: file, problem: "read failed: \(error.localizedDescription)")))
                return
            }
            guard let chunk, !chunk.isEmpty else { break }
            if skippingLongLine {
                guard let end = chunk.firstIndex(of: 0x0A) else { continue }
                skippingLongLine = false
                pending.append(contentsOf: chunk[(end + 1)...])
            } else {
                pending.append(contentsOf: chunk)
            }
            guard let lastNewline = pending.lastIndex(of: 0x0A) else {
                if pending.count > decoder.maxBytes {
                    state.lineNumber += 1
                    state.nonEmptyLines += 1
                    emit(.rejected(IngestError(input: "\(file):\(state.lineNumber)", problem: "line longer than \(InputDecoder.describe(decoder.maxBytes)), skipped")))
                    pending.removeAll()
                    skippingLongLine = true
                }
                continue
            }
            readJSONLLines(pending[...lastNewline], file: file, state: &state, emit: emit)
            pending.removeSubrange(...lastNewline)
        }
        if !pending.isEmpty { readJSONLLines(pending[...], file: file, state: &state, emit: emit) }
        if state.nonEmptyLines == 0 { emit(.rejected(IngestError(input: file, problem: "empty file"))) }
    }

    /// Where a JSONL read stands between chunks.
    struct JSONLState {
        var lineNumber = 0
        var nonEmptyLines = 0
        var documents = 0
        var warned: Set<String> = []
    }

    /// JSONL: one document per non-empty line; a bad line is rejected alone.
    private func readJSONL(_ bytes: [UInt8], file: String, emit: (ReadEvent) -> Void) {
        if bytes.isEmpty || bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            emit(.rejected(IngestError(input: file, problem: "empty file")))
            return
        }
        if let nul = bytes.prefix(8192).firstIndex(of: 0) {
            emit(.rejected(IngestError(input: file, problem: "binary file (NUL byte at offset \(nul)), not text")))
            return
        }
        var state = JSONLState()
        readJSONLLines(bytes[...], file: file, state: &state, emit: emit)
    }

    private func readJSONLLines(_ bytes: ArraySlice<UInt8>, file: String, state: inout JSONLState, emit: (ReadEvent) -> Void) {
        let reader = JSONLReader()
        var start = bytes.startIndex
        if state.lineNumber == 0 && bytes.starts(with: [0xEF, 0xBB, 0xBF]) { start += 3 }
        while start < bytes.endIndex {
            state.lineNumber += 1
            let end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.endIndex
            let lineBytes = bytes[start..<end]
            start = end + 1
            guard lineBytes.contains(where: { $0 != 0x20 && $0 != 0x0D && $0 != 0x09 }) else { continue }
            state.nonEmptyLines += 1
            let origin = "\(file):\(state.lineNumber)"
            if lineBytes.contains(0) {
                emit(.rejected(IngestError(input: origin, problem: "binary data (NUL byte), not a JSON line")))
                continue
            }
            guard let line = String(validating: lineBytes, as: UTF8.self) else {
                let offset = InputDecoder.firstInvalidUTF8(lineBytes)
                emit(.rejected(IngestError(input: origin, problem: "invalid UTF-8 at byte \(offset) of the line")))
                continue
            }
            let result = reader.read(line: Substring(line), number: state.lineNumber, file: file)
            switch result {
            case .success(let document):
                state.documents += 1
                for field in reader.unknownFields(in: Substring(line)) where state.warned.insert(field).inserted {
                    emit(.warning("\(origin): unknown field \"\(field)\" ignored (known: \(JSONLReader.knownFields.sorted().joined(separator: ", ")))"))
                }
                emit(.document(document))
            case .failure(let error): emit(.rejected(error))
            }
        }
    }

    /// A file named like "2024-05-12-khartoum.txt" was published that day, unless it says otherwise.
    static func datedByName(_ document: RawDocument) -> RawDocument {
        guard document.published == nil else { return document }
        var dated = document
        let name = (document.origin as NSString).lastPathComponent
        dated.published = CalendarDay(iso: String(name.prefix(10)))
        return dated
    }

    /// The format of a path by extension (".gz" looks at the extension before it).
    static func format(of path: String) -> InputFormat? {
        var ext = (path as NSString).pathExtension.lowercased()
        if ext == "gz" { ext = ((path as NSString).deletingPathExtension as NSString).pathExtension.lowercased() }
        return InputFormat(extension: ext)
    }

    static func size(of path: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.intValue ?? 0
    }

    /// Reads a file (or stdin for "-") fully, refusing more than `limit` bytes.
    static func readBytes(_ path: String, limit: Int) throws(IngestError) -> [UInt8] {
        let name = path == "-" ? "stdin" : path
        let handle: FileHandle
        if path == "-" {
            handle = FileHandle.standardInput
        } else {
            guard let opened = FileHandle(forReadingAtPath: path) else {
                throw IngestError(input: name, problem: "cannot open for reading (permission denied?)")
            }
            handle = opened
        }
        defer { if path != "-" { try? handle.close() } }
        var bytes: [UInt8] = []
        while true {
            let chunk: Data?
            do { chunk = try handle.read(upToCount: 1 << 20) } catch {
                throw IngestError(input: name, problem: "read failed: \(error.localizedDescription)")
            }
            guard let chunk, !chunk.isEmpty else { break }
            bytes.append(contentsOf: chunk)
            if bytes.count > limit + 1 && !Gzip.isCompressed(bytes) {
                throw IngestError(
                    input: name, problem: "too large: more than \(InputDecoder.describe(limit)) (`vigil ingest --max-megabytes` raises the limit)")
            }
        }
        return bytes
    }
}
