import CurioCore
import Foundation
import NIOCore

/// A small client for the tests: connects to a Unix socket, writes raw bytes or requests, and
/// reads answer lines (with a timeout, so a broken server fails the test instead of hanging it).
///
/// The socket calls block, so each runs on a thread of its own (`offThePool`): the server
/// under test runs on Swift's cooperative pool, which has as many threads as cores (two on
/// CI), and tests blocking those threads in read(2) would starve the server they wait for.
/// One test uses a client from one task at a time, hence `@unchecked Sendable`.
final class LineClient: @unchecked Sendable {
    enum Failure: Error, CustomStringConvertible {
        case system(String, Int32)
        case timedOut
        case notJSON(String)

        var description: String {
            switch self {
            case .system(let what, let code): "\(what): \(String(cString: strerror(code)))"
            case .timedOut: "timed out waiting for an answer"
            case .notJSON(let line): "not a response line: \(line)"
            }
        }
    }

    private let fd: Int32
    private var pending: [UInt8] = []

    static func connect(_ path: String, timeout: Int = 10) async throws -> LineClient {
        try await offThePool { try LineClient(path: path, timeout: timeout) }
    }

    /// Connects and sends `request` at once, on the same thread: between a `connect` and a later
    /// `request` the test's task waits to be run again, which under a loaded test run has taken
    /// longer than a server's idle timeout (a connection closed before its first request).
    static func connect(_ path: String, timeout: Int = 10, sending request: WireRequest) async throws -> LineClient {
        let line = Array((JSONLines.line(request) + "\n").utf8)
        return try await offThePool {
            let client = try LineClient(path: path, timeout: timeout)
            try client.write(line)
            return client
        }
    }

    private init(path: String, timeout: Int) throws {
        let address = try SocketAddress(unixDomainSocketPath: path)
        fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw Failure.system("socket", errno) }
        var time = timeval(tv_sec: timeout, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &time, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &time, socklen_t(MemoryLayout<timeval>.size))
        let result = address.withSockAddr { Glibc.connect(fd, $0, socklen_t($1)) }
        // No close(fd) here: the instance is fully initialised, so throwing runs `deinit`, which
        // closes it. Closing twice would close whatever the process opened in between (a
        // server's socket, in these tests).
        guard result == 0 else { throw Failure.system("connect \(path)", errno) }
    }

    deinit { close(fd) }

    func send(raw bytes: [UInt8]) async throws {
        try await offThePool { try self.write(bytes) }
    }

    func send(line: String) async throws { try await send(raw: Array((line + "\n").utf8)) }

    private func write(_ bytes: [UInt8]) throws {
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
            guard written > 0 else { throw Failure.system("write", errno) }
            offset += written
        }
    }

    /// Sends a request and reads its answer.
    func request(_ request: WireRequest) async throws -> WireResponse {
        try await send(line: JSONLines.line(request))
        return try await response()
    }

    func request(_ op: WireRequest.Op, session: String? = nil, text: String? = nil, dialogue: String? = nil) async throws -> WireResponse {
        try await request(WireRequest(op: op.rawValue, session: session, text: text, dialogue: dialogue))
    }

    /// The next answer line as a response.
    func response() async throws -> WireResponse {
        guard let line = try await readLine() else { throw Failure.notJSON("<end of stream>") }
        guard let response = try? JSONDecoder().decode(WireResponse.self, from: Data(line.utf8)) else {
            throw Failure.notJSON(line)
        }
        return response
    }

    /// The next line, or nil when the server closed the connection.
    func readLine() async throws -> String? {
        try await offThePool { try self.nextLine() }
    }

    private func nextLine() throws -> String? {
        while true {
            if let newline = pending.firstIndex(of: UInt8(ascii: "\n")) {
                let line = String(decoding: pending[..<newline], as: UTF8.self)
                pending.removeSubrange(...newline)
                return line
            }
            var buffer = [UInt8](repeating: 0, count: 16 * 1024)
            let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if count > 0 {
                pending.append(contentsOf: buffer[..<count])
            } else if count == 0 {
                return nil
            } else if errno == EINTR {
                continue
            } else if errno == EAGAIN || errno == EWOULDBLOCK {
                throw Failure.timedOut
            } else if errno == ECONNRESET {
                return nil
            } else {
                throw Failure.system("read", errno)
            }
        }
    }

    /// Sends `line` again and again without reading, until the server stops taking bytes for
    /// `stall` seconds or `limit` bytes are sent; the last line is always finished. Answers how
    /// many lines were sent. A server that buffers without bound never stalls.
    func flood(line: String, limit: Int, stall: Int32 = 2) async throws -> Int {
        try await offThePool { try self.floodBlocking(Array((line + "\n").utf8), limit: limit, stall: stall) }
    }

    private func floodBlocking(_ line: [UInt8], limit: Int, stall: Int32) throws -> Int {
        let chunk = Array(repeating: line, count: 64).flatMap { $0 }
        var sent = 0
        let flags = fcntl(fd, F_GETFL)
        _ = fcntl(fd, F_SETFL, flags | O_NONBLOCK)
        flooding: while sent < limit {
            let offset = sent % chunk.count
            let written = chunk[offset...].withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
            if written > 0 {
                sent += written
            } else if errno == EAGAIN || errno == EWOULDBLOCK {
                var ready = pollfd(fd: fd, events: Int16(POLLOUT), revents: 0)
                if poll(&ready, 1, stall * 1000) == 0 { break flooding }
            } else if errno != EINTR {
                throw Failure.system("write", errno)
            }
        }
        _ = fcntl(fd, F_SETFL, flags)
        let rest = (line.count - sent % line.count) % line.count
        if rest > 0 { try write(Array(line.suffix(rest))) }
        return (sent + rest) / line.count
    }

    /// Closes the sending side: the server sees end of input.
    func finishSending() { shutdown(fd, Int32(SHUT_WR)) }
}

/// Runs a blocking call on a new thread and waits for it without holding a cooperative thread.
func offThePool<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
    try await withCheckedThrowingContinuation { continuation in
        Thread.detachNewThread { continuation.resume(with: Result { try body() }) }
    }
}
