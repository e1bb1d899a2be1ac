import Foundation
import VigilModel
import VigilText

/// Picks the story a new document copies, among stored documents that share an LSH bucket with it:
/// the most similar one at or above the threshold that names the same people, places and numbers.
/// Every store implementation uses it, so they group documents alike.
enum NearDuplicateMatcher {
    /// A stored document as its table holds it.
    struct Candidate {
        var storyID: String
        /// The MinHash signature, little-endian `UInt32`s.
        var signature: Data
        /// The key terms joined by ``NearDuplicateMatcher/termSeparator``.
        var keyTerms: String
    }

    /// Separates key terms in their column (a control character no term contains).
    static let termSeparator: Character = "\u{1F}"

    /// The story to join and the estimated similarity, or nil when no candidate is a copy.
    static func bestStory(
        for incoming: IncomingDocument, among candidates: [Candidate], threshold: Double
    ) -> (storyID: String, similarity: Double)? {
        var best: (storyID: String, similarity: Double)?
        for candidate in candidates {
            let similarity = MinHash.similarity(incoming.signature, signature(from: candidate.signature))
            guard similarity >= threshold, similarity > (best?.similarity ?? 0) else { continue }
            let terms = candidate.keyTerms.split(separator: termSeparator).map(String.init)
            if MinHash.mayBeCopies(incoming.keyTerms, terms) { best = (candidate.storyID, similarity) }
        }
        return best
    }

    /// A signature as stored: little-endian `UInt32`s.
    static func blob(_ signature: [UInt32]) -> Data {
        var data = Data(capacity: signature.count * 4)
        for value in signature { withUnsafeBytes(of: value.littleEndian) { data.append(contentsOf: $0) } }
        return data
    }

    static func signature(from data: Data) -> [UInt32] {
        let bytes = [UInt8](data)
        return stride(from: 0, to: bytes.count - 3, by: 4).map { i in
            UInt32(bytes[i]) | UInt32(bytes[i + 1]) << 8 | UInt32(bytes[i + 2]) << 16 | UInt32(bytes[i + 3]) << 24
        }
    }
}
