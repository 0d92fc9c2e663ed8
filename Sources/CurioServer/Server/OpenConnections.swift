import Foundation
import NIOCore

/// The connections the server holds open: counted against `--max-connections`, and closed
/// when the server stops. A connection accepted while the server is already stopping is
/// closed at once, so none outlives `serve()`.
final class OpenConnections: @unchecked Sendable {
    private let lock = NSLock()
    private var channels: [ObjectIdentifier: any Channel] = [:]
    private var admitted = 0
    private var stopping = false
    let limit: Int

    init(limit: Int) { self.limit = limit }

    /// Registers an accepted connection until it closes; answers whether it is within the
    /// limit (one that is not is still registered, so that it too is closed at shutdown).
    func accept(_ channel: any Channel) -> Bool {
        let (within, stopping) = lock.withLock { () -> (Bool, Bool) in
            channels[ObjectIdentifier(channel)] = channel
            let within = admitted < limit
            if within { admitted += 1 }
            return (within, self.stopping)
        }
        channel.closeFuture.whenComplete { [self] _ in
            lock.withLock {
                channels.removeValue(forKey: ObjectIdentifier(channel))
                if within { admitted -= 1 }
            }
        }
        if stopping { channel.close(promise: nil) }
        return within
    }

    /// Connections within the limit now open.
    var current: Int { lock.withLock { admitted } }

    /// Closes every connection and waits until each is closed.
    func closeAll() async {
        let open = lock.withLock { () -> [any Channel] in
            stopping = true
            return Array(channels.values)
        }
        for channel in open { channel.close(promise: nil) }
        for channel in open { try? await channel.closeFuture.get() }
    }
}
