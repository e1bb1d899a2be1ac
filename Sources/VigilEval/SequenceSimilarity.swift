/// Ratcliff/Obershelp similarity, the ratio of Python's `difflib.SequenceMatcher` (without junk).
public enum SequenceSimilarity {
    /// 2·M / T, where M counts the characters in matching blocks and T is the total length.
    public static func ratio(_ a: String, _ b: String) -> Double {
        let x = Array(a.unicodeScalars), y = Array(b.unicodeScalars)
        let total = x.count + y.count
        guard total > 0 else { return 1 }
        return 2 * Double(matches(x, 0, x.count, y, 0, y.count)) / Double(total)
    }

    /// Characters matched in x[xLow..<xHigh] and y[yLow..<yHigh]: the longest common block (earliest
    /// in x, then in y), plus the matches left and right of it.
    private static func matches(
        _ x: [Unicode.Scalar], _ xLow: Int, _ xHigh: Int, _ y: [Unicode.Scalar], _ yLow: Int, _ yHigh: Int
    ) -> Int {
        guard xLow < xHigh, yLow < yHigh else { return 0 }
        var best = (i: xLow, j: yLow, size: 0)
        var lengths = [Int](repeating: 0, count: yHigh - yLow + 1)
        for i in xLow..<xHigh {
            var next = [Int](repeating: 0, count: yHigh - yLow + 1)
            for j in yLow..<yHigh where x[i] == y[j] {
                let size = lengths[j - yLow] + 1
                next[j - yLow + 1] = size
                if size > best.size { best = (i - size + 1, j - size + 1, size) }
            }
            lengths = next
        }
        guard best.size > 0 else { return 0 }
        return best.size
            + matches(x, xLow, best.i, y, yLow, best.j)
            + matches(x, best.i + best.size, xHigh, y, best.j + best.size, yHigh)
    }
}
