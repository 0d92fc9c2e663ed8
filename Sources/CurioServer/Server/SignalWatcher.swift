import Dispatch

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Turns Unix signals into calls on a serial queue, where any code may run (a C signal handler
/// may do almost nothing safely).
///
/// The signals' default actions are turned off while the watcher lives, so SIGTERM no longer
/// kills the process but calls the handler. Keep the watcher alive as long as the handling
/// is wanted; `cancel()` stops it.
///
/// `@unchecked Sendable`: the only state is an immutable array of dispatch sources, which
/// are thread-safe (libdispatch does not mark them `Sendable`).
public final class SignalWatcher: @unchecked Sendable {
    private let sources: [any DispatchSourceSignal]

    /// - Parameter handlers: what to run for each signal, e.g. `[SIGTERM: { server.shutdown() }]`.
    public init(_ handlers: [Int32: @Sendable () -> Void], queue: DispatchQueue = DispatchQueue(label: "curio.signals")) {
        sources = handlers.map { signalNumber, handler in
            signal(signalNumber, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: queue)
            source.setEventHandler(handler: handler)
            source.resume()
            return source
        }
    }

    public func cancel() {
        for source in sources { source.cancel() }
    }
}
