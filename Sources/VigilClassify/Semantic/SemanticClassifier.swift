public import Foundation
public import VigilText

/// A text classifier with pretrained semantics: static word-piece vectors distilled from the
/// all-MiniLM-L6-v2 sentence encoder, pooled by mean and max, and a small network over them.
///
/// Words the training text never used still count through their pretrained vectors, so "pounded",
/// "rained mortars on" and "bombarded" read alike. Labels are ACLED's sub-event types and the
/// non-event classes (`NONE:disaster`, `NONE:court`, …); `scripts/train_semantic.py` trains it.
public struct SemanticClassifier: Sendable {
    /// The prefix of the non-event labels.
    public static let nonEventPrefix = "NONE:"

    /// The class names, in the order of the output layer.
    public let labels: [String]
    let vocabulary: WordPieceVocabulary
    /// The vector size.
    let dimension: Int
    /// `pieces × dimension` vector components quantized to Int8, row-major; a component is `vectors[i] * scales[row]`.
    let vectors: [Int8]
    let scales: [Float]
    /// The hidden layer: `hidden × 2·dimension` weights (mean-pooled inputs, then max-pooled) and a bias each.
    let hiddenWeights: [Float]
    let hiddenBias: [Float]
    /// The output layer: `labels × hidden` weights and a bias each.
    let outputWeights: [Float]
    let outputBias: [Float]
    /// The softmax temperature fitted on held-out text.
    public let temperature: Double

    init(
        labels: [String], vocabulary: WordPieceVocabulary, dimension: Int, vectors: [Int8], scales: [Float],
        hiddenWeights: [Float], hiddenBias: [Float], outputWeights: [Float], outputBias: [Float], temperature: Double
    ) {
        self.labels = labels
        self.vocabulary = vocabulary
        self.dimension = dimension
        self.vectors = vectors
        self.scales = scales
        self.hiddenWeights = hiddenWeights
        self.hiddenBias = hiddenBias
        self.outputWeights = outputWeights
        self.outputBias = outputBias
        self.temperature = temperature
    }

    /// Loads a model written by `scripts/train_semantic.py`; errors name the file and the problem.
    public init(contentsOf url: URL) throws(ModelFileError) {
        self = try ModelFileError.load(url, decode: SemanticModelCodec.decode)
    }

    /// Calibrated probabilities of every label for `text`, most probable first.
    public func probabilities(for text: String) -> [(label: String, probability: Double)] {
        probabilities(for: Tokenizer().tokenize(Array(text.unicodeScalars))[...])
    }

    /// Calibrated probabilities of every label for already tokenized text, most probable first.
    public func probabilities(for tokens: ArraySlice<Token>) -> [(label: String, probability: Double)] {
        RankedProbabilities.ranked(labels, distribution(for: tokens))
    }

    /// The probability that the text reports no ACLED event: the sum of the non-event classes.
    public func nonEventProbability(for tokens: ArraySlice<Token>) -> Double {
        let probabilities = distribution(for: tokens)
        return labels.indices.reduce(0) { $0 + (labels[$1].hasPrefix(Self.nonEventPrefix) ? probabilities[$1] : 0) }
    }

    /// The calibrated probability of each label, in label order.
    func distribution(for tokens: ArraySlice<Token>) -> [Double] {
        var rows: [Int32] = []
        rows.reserveCapacity(tokens.count * 2)
        for token in tokens { vocabulary.appendRows(of: Self.folded(token.text), to: &rows) }
        let pooled = pool(rows)
        var hidden = hiddenBias
        let width = 2 * dimension
        pooled.withUnsafeBufferPointer { input in
            hiddenWeights.withUnsafeBufferPointer { weights in
                for h in hidden.indices {
                    var sum: Float = 0
                    let base = h * width
                    for i in 0..<width { sum += weights[base + i] * input[i] }
                    hidden[h] = max(0, hidden[h] + sum)
                }
            }
        }
        var scores = [Double](repeating: 0, count: labels.count)
        for c in labels.indices {
            var sum = outputBias[c]
            let base = c * hidden.count
            for h in hidden.indices { sum += outputWeights[base + h] * hidden[h] }
            scores[c] = Double(sum)
        }
        return RankedProbabilities.softmax(scores, temperature: temperature)
    }

    /// A token's text folded as `scripts/train_semantic.py` folds its training text: curly quotes and dashes made
    /// plain, then compatibility decomposition (NFKD: "…" is "...", "²" is "2"), combining marks dropped, lower case.
    static func folded(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text.lowercased() }
        var plain = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\u{2018}", "\u{2019}": plain.append("'")
            case "\u{201C}", "\u{201D}": plain.append("\"")
            case "\u{2013}", "\u{2014}": plain.append("-")
            default: plain.append(scalar)
            }
        }
        let decomposed = String(plain).decomposedStringWithCompatibilityMapping.unicodeScalars
        return String(String.UnicodeScalarView(decomposed.filter { $0.properties.canonicalCombiningClass == .notReordered }))
            .lowercased()
    }

    /// The mean, then the maximum, of the rows' vectors (zeros for no rows).
    private func pool(_ rows: [Int32]) -> [Float] {
        var pooled = [Float](repeating: 0, count: 2 * dimension)
        guard !rows.isEmpty else { return pooled }
        for d in 0..<dimension { pooled[dimension + d] = -.greatestFiniteMagnitude }
        vectors.withUnsafeBufferPointer { vectors in
            for row in rows {
                let scale = scales[Int(row)]
                let base = Int(row) * dimension
                for d in 0..<dimension {
                    let value = Float(vectors[base + d]) * scale
                    pooled[d] += value
                    pooled[dimension + d] = max(pooled[dimension + d], value)
                }
            }
        }
        let count = Float(rows.count)
        for d in 0..<dimension { pooled[d] /= count }
        return pooled
    }
}
