import Dispatch

/// Work started on another thread at once, whose result ``value()`` waits for: loading data on two cores.
final class BackgroundLoad<Value: Sendable>: @unchecked Sendable {
    private var result: Result<Value, any Error>?
    private let done = DispatchSemaphore(value: 0)

    /// Starts `work` on a global queue.
    init(_ work: @escaping @Sendable () throws -> Value) {
        DispatchQueue.global(qos: .userInitiated).async {
            self.result = Result { try work() }
            self.done.signal()
        }
    }

    /// The work's value, or its error, once it has finished.
    func value() throws -> Value {
        done.wait()
        done.signal()
        return try result!.get()
    }
}
