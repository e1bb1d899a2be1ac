/// Name-key hashes to entry indexes: pairs appended while loading, then radix-sorted once; lookups
/// binary-search the run of pairs that share the hash's top 16 bits. Sequential memory access keeps loading
/// fast where a hash table would miss the cache.
struct NameIndex: Sendable {
    private var hashes: [UInt64] = []
    private var values: [Int32] = []
    /// Where the pairs whose hash has each top-16-bit value start (one more for the end).
    private var runStarts: [Int32] = []

    /// An empty index with room for about `capacity` names.
    init(capacity: Int) {
        hashes.reserveCapacity(capacity)
        values.reserveCapacity(capacity)
    }

    /// Adds `entry` under `hash`; callers add each entry once per hash. Call ``finish()`` before looking up.
    mutating func insert(hash: UInt64, entry: Int32) {
        hashes.append(hash)
        values.append(entry)
    }

    /// Sorts the pairs by the hash's high 32 bits (LSD radix sort, 16 bits per pass; stable, so entries keep
    /// insertion order); lookups compare whole hashes within a run of equal high bits.
    mutating func finish() {
        let n = hashes.count
        var otherHashes = [UInt64](repeating: 0, count: n)
        var otherValues = [Int32](repeating: 0, count: n)
        var counts = [Int](repeating: 0, count: 65_537)
        for shift in stride(from: 32, to: 64, by: 16) {
            for k in counts.indices { counts[k] = 0 }
            for h in hashes { counts[Int((h >> UInt64(shift)) & 0xFFFF) + 1] += 1 }
            for k in 1..<counts.count { counts[k] += counts[k - 1] }
            for i in 0..<n {
                let digit = Int((hashes[i] >> UInt64(shift)) & 0xFFFF)
                let target = counts[digit]
                counts[digit] = target + 1
                otherHashes[target] = hashes[i]
                otherValues[target] = values[i]
            }
            swap(&hashes, &otherHashes)
            swap(&values, &otherValues)
        }
        runStarts = [Int32](repeating: 0, count: 65_537)
        for h in hashes { runStarts[Int(h >> 48) + 1] += 1 }
        for k in 1..<runStarts.count { runStarts[k] += runStarts[k - 1] }
    }

    /// The entries filed under `hash`, in the order they were added.
    func entries(hash: UInt64) -> [Int] {
        let high = hash >> 32
        let run = Int(hash >> 48)
        guard run + 1 < runStarts.count else { return [] }
        var lo = Int(runStarts[run]), hi = Int(runStarts[run + 1])
        while lo < hi {
            let mid = (lo + hi) / 2
            if hashes[mid] >> 32 < high { lo = mid + 1 } else { hi = mid }
        }
        var out: [Int] = []
        while lo < hashes.count && hashes[lo] >> 32 == high {
            if hashes[lo] == hash { out.append(Int(values[lo])) }
            lo += 1
        }
        return out
    }
}
