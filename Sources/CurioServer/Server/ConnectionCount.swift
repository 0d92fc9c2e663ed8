import Foundation

/// How many connections are being served, for `--max-connections`.
///
/// `@unchecked Sendable`: the count is only touched under the lock.
final class ConnectionCount: @unchecked Sendable {
    private let lock = NSLock()
    private var open = 0
    let limit: Int

    init(limit: Int) { self.limit = limit }

    /// Counts one more connection, or answers false when the limit is reached.
    func admit() -> Bool {
        lock.withLock {
            guard open < limit else { return false }
            open += 1
            return true
        }
    }

    func release() { lock.withLock { open -= 1 } }

    var current: Int { lock.withLock { open } }
}
