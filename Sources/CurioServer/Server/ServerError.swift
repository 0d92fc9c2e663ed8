#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Why `curio serve` cannot start, worded for the person who ran it.
public struct ServerError: Error, Sendable, CustomStringConvertible, Hashable {
    public var message: String

    public init(_ message: String) { self.message = message }

    public var description: String { message }

    static func alreadyAnswering(_ path: String) -> ServerError {
        ServerError("a Curio server is already answering on \(path)")
    }

    static func notASocket(_ path: String) -> ServerError {
        ServerError("\(path) exists and is not a socket; refusing to replace it (remove it or choose another --socket)")
    }

    static func pathTooLong(_ path: String) -> ServerError {
        ServerError("the socket path \(path) is too long for a Unix domain socket (at most 107 bytes); choose a shorter --socket")
    }

    static func system(_ what: String, _ path: String, errno code: Int32) -> ServerError {
        ServerError("cannot \(what) \(path): \(String(cString: strerror(code)))")
    }
}
