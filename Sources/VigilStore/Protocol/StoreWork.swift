import Dispatch

/// Blocking database reads moved off Swift's cooperative threads (as many as the machine has
/// cores): an export of 100,000 events or a heavy search then never holds the threads that answer
/// `/healthz` and every cheap request.
public enum StoreWork {
    /// Runs `body` on a Dispatch worker thread and resumes with its result.
    public static func run<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global(qos: .userInitiated).async {
                continuation.resume(with: Result { try body() })
            }
        }
    }
}
