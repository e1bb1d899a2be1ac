/// An open-addressing hash table from name-key hashes to entry indexes; built without a string per name.
struct NameIndex: Sendable {
    private var slotHash: [UInt64]
    private var slotHead: [Int32]
    private var postingEntry: [Int32] = []
    private var postingNext: [Int32] = []
    private var used = 0

    /// An empty index sized for about `capacity` distinct keys.
    init(capacity: Int) {
        var size = 1024
        while size < capacity * 2 { size <<= 1 }
        slotHash = Array(repeating: 0, count: size)
        slotHead = Array(repeating: -1, count: size)
        postingEntry.reserveCapacity(capacity)
        postingNext.reserveCapacity(capacity)
    }

    /// Adds `entry` under `hash` (once per entry and hash).
    mutating func insert(hash: UInt64, entry: Int32) {
        if used * 2 >= slotHash.count { grow() }
        let h = hash == 0 ? 1 : hash
        var slot = Int(truncatingIfNeeded: h) & (slotHash.count - 1)
        while slotHash[slot] != 0 && slotHash[slot] != h { slot = (slot + 1) & (slotHash.count - 1) }
        if slotHash[slot] == 0 {
            slotHash[slot] = h
            used += 1
        } else {
            var p = slotHead[slot]
            while p >= 0 {
                if postingEntry[Int(p)] == entry { return }
                p = postingNext[Int(p)]
            }
        }
        postingEntry.append(entry)
        postingNext.append(slotHead[slot])
        slotHead[slot] = Int32(postingEntry.count - 1)
    }

    /// The entries filed under `hash`, most recently added first.
    func entries(hash: UInt64) -> [Int] {
        let h = hash == 0 ? 1 : hash
        var slot = Int(truncatingIfNeeded: h) & (slotHash.count - 1)
        while slotHash[slot] != 0 {
            if slotHash[slot] == h {
                var out: [Int] = []
                var p = slotHead[slot]
                while p >= 0 {
                    out.append(Int(postingEntry[Int(p)]))
                    p = postingNext[Int(p)]
                }
                return out
            }
            slot = (slot + 1) & (slotHash.count - 1)
        }
        return []
    }

    private mutating func grow() {
        let oldHash = slotHash, oldHead = slotHead
        slotHash = Array(repeating: 0, count: oldHash.count * 2)
        slotHead = Array(repeating: -1, count: oldHash.count * 2)
        for i in oldHash.indices where oldHash[i] != 0 {
            var slot = Int(truncatingIfNeeded: oldHash[i]) & (slotHash.count - 1)
            while slotHash[slot] != 0 { slot = (slot + 1) & (slotHash.count - 1) }
            slotHash[slot] = oldHash[i]
            slotHead[slot] = oldHead[i]
        }
    }
}
