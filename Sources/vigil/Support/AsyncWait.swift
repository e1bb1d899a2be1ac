import Dispatch

/// Async work (an HTTP request) run from a synchronous command, which waits for its result.
enum AsyncWait {
    /// Runs `work` in a task and blocks this thread until it returns.
    static func result<T: Sendable>(_ work: @escaping @Sendable () async -> T) -> T {
        let done = DispatchSemaphore(value: 0)
        let box = Box<T>()
        Task {
            box.value = await work()
            done.signal()
        }
        done.wait()
        return box.value!
    }

    /// Carries the result from the task to the waiting thread (written once, before the signal).
    private final class Box<T>: @unchecked Sendable {
        var value: T?
    }
}
