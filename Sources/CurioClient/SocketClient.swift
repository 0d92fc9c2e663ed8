import CurioCore
import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why talking to the server failed, in words for the practitioner.
public enum ClientError: Error, Equatable, CustomStringConvertible {
    /// Nothing answers on the socket (no server, or a stale socket file).
    case serverUnavailable(path: String, reason: String)
    /// The connection broke, or the server stopped answering, in the middle of a session.
    case serverWentAway(reason: String)
    /// The server answered something that is not a response line.
    case badResponse(String)
    /// The socket path does not fit in a Unix socket address.
    case pathTooLong(String)

    public var description: String {
        switch self {
        case .serverUnavailable(let path, let reason): "no Curio server answers on \(path) (\(reason))"
        case .serverWentAway(let reason): "the Curio server went away (\(reason))"
        case .badResponse(let text): "the Curio server sent something unreadable: \(text)"
        case .pathTooLong(let path): "the socket path is too long for a Unix socket (\(path.utf8.count) bytes, at most 107): \(path)"
        }
    }

    /// The connection itself failed, so reconnecting may help.
    public var isConnectionLoss: Bool {
        switch self {
        case .serverWentAway, .serverUnavailable: true
        case .badResponse, .pathTooLong: false
        }
    }
}

/// What the REPL needs of a connection: one request, one response.
public protocol ChatConnection: AnyObject {
    func send(_ request: WireRequest) throws(ClientError) -> WireResponse
    func close()
}

/// A blocking Unix-domain-socket client speaking the JSON-lines protocol of
/// `design/contracts.md`: one request line out, one response line back, in order.
public final class SocketClient: ChatConnection {
    public let path: String
    private var fd: Int32
    private var pending: [UInt8] = []

    /// Longest wait for one answer before the server counts as gone.
    public static let answerTimeout: TimeInterval = 60

    /// Connects, or throws `serverUnavailable`.
    public init(path: String, timeout: TimeInterval = SocketClient.answerTimeout) throws(ClientError) {
        self.path = path
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let bytes = Array(path.utf8)
        let capacity = MemoryLayout.size(ofValue: address.sun_path)
        guard !bytes.isEmpty, bytes.count < capacity else { throw .pathTooLong(path) }
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            raw.copyBytes(from: bytes)
            raw[bytes.count] = 0
        }
        #if canImport(Glibc)
        let socketType = Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue)
        #else
        let socketType = SOCK_STREAM
        #endif
        let fd = socket(AF_UNIX, socketType, 0)
        guard fd >= 0 else { throw .serverUnavailable(path: path, reason: Self.errnoText()) }
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
            }
        }
        guard connected == 0 else {
            let reason = Self.errnoText()
            Glibc_close(fd)
            throw .serverUnavailable(path: path, reason: reason)
        }
        Self.setTimeout(fd, timeout)
        #if canImport(Darwin)
        var one: Int32 = 1
        _ = setsockopt(fd, SOL_SOCKET, SO_NOSIGPIPE, &one, socklen_t(MemoryLayout<Int32>.size))
        #endif
        self.fd = fd
        self.timeout = timeout
    }

    /// How long to wait for one answer before the server counts as gone.
    public private(set) var timeout: TimeInterval

    public func setTimeout(_ seconds: TimeInterval) {
        timeout = seconds
        if fd >= 0 { Self.setTimeout(fd, seconds) }
    }

    private static func setTimeout(_ fd: Int32, _ seconds: TimeInterval) {
        var wait = timeval()
        wait.tv_sec = .init(seconds)
        _ = setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &wait, socklen_t(MemoryLayout<timeval>.size))
        _ = setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &wait, socklen_t(MemoryLayout<timeval>.size))
    }

    deinit { close() }

    public func close() {
        if fd >= 0 {
            Glibc_close(fd)
            fd = -1
        }
    }

    /// Sends one request and reads its response line.
    public func send(_ request: WireRequest) throws(ClientError) -> WireResponse {
        try writeLine(JSONLines.line(request))
        let line = try readLine()
        do {
            return try JSONDecoder().decode(WireResponse.self, from: Data(line.utf8))
        } catch {
            throw .badResponse(String(line.prefix(200)))
        }
    }

    func writeLine(_ text: String) throws(ClientError) {
        guard fd >= 0 else { throw .serverWentAway(reason: "the connection is closed") }
        var bytes = Array((text + "\n").utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeMutableBytes { raw in
                Self.sendBytes(fd, raw.baseAddress! + offset, raw.count - offset)
            }
            if written < 0 {
                if errno == EINTR { continue }
                let reason = errno == EAGAIN || errno == EWOULDBLOCK ? "it stopped reading" : Self.errnoText()
                close()
                throw .serverWentAway(reason: reason)
            }
            offset += written
        }
        bytes.removeAll()
    }

    func readLine() throws(ClientError) -> String {
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            if let newline = pending.firstIndex(of: UInt8(ascii: "\n")) {
                let line = pending[..<newline]
                pending.removeSubrange(...newline)
                return String(decoding: line, as: UTF8.self)
            }
            guard fd >= 0 else { throw .serverWentAway(reason: "the connection is closed") }
            let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if count > 0 {
                pending.append(contentsOf: buffer[..<count])
            } else if count == 0 {
                close()
                throw .serverWentAway(reason: "it closed the connection")
            } else if errno == EINTR {
                continue
            } else {
                let reason = errno == EAGAIN || errno == EWOULDBLOCK
                    ? "no answer within \(Int(timeout)) seconds" : Self.errnoText()
                close()
                throw .serverWentAway(reason: reason)
            }
        }
    }

    private static func sendBytes(_ fd: Int32, _ pointer: UnsafeMutableRawPointer, _ count: Int) -> Int {
        #if canImport(Glibc)
        return Glibc.send(fd, pointer, count, Int32(MSG_NOSIGNAL))
        #else
        return Darwin.send(fd, pointer, count, 0)
        #endif
    }

    /// strerror's text in lower case ("connection refused"), to sit inside a sentence.
    static func errnoText() -> String {
        let text = String(cString: strerror(errno))
        return text.prefix(1).lowercased() + text.dropFirst()
    }
}

/// `close(2)`, out of the way of `SocketClient.close()`.
func Glibc_close(_ fd: Int32) {
    #if canImport(Glibc)
    _ = Glibc.close(fd)
    #else
    _ = Darwin.close(fd)
    #endif
}
