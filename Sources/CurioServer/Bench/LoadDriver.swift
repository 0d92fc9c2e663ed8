#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Drives many connections at once against a Unix socket, each following its `LoadScript`
/// in a closed loop (send, wait for the answer, send the next), and collects each timed
/// turn's round trip. Used by `curio bench`.
///
/// The client shares the machine's cores with the server it measures, so whatever it spends
/// the server cannot have. It is therefore a plain `epoll` loop on one thread, with no event
/// loop framework between the socket and the script: one `read` per answer into a shared
/// buffer (an answer that arrives whole is never copied), one `write` per request.
public enum LoadDriver {
    /// What one run measured.
    public struct Outcome: Sendable {
        /// Round trips of the timed turns, in nanoseconds.
        public var latencies: [Int64]
        /// From the first timed request to the last answer.
        public var seconds: Double
        /// Connections whose script did not finish (refused, closed early, an error answer,
        /// or no answer for `stallSeconds`).
        public var failed: Int
    }

    /// Connections a run with `keepOpen` left open (for measuring idle sessions).
    public struct HeldConnections: Sendable {
        let descriptors: [Int32]

        public var count: Int { descriptors.count }

        public func close() {
            for descriptor in descriptors { _ = closeDescriptor(descriptor) }
        }
    }

    /// A run gives up on the connections still waiting after this long without any answer.
    static let stallSeconds: Int32 = 30

    /// Connects every script's connection first, then starts them all at once and returns
    /// when all have finished. With `keepOpen`, connections whose script finished stay open
    /// and are returned; close them with `HeldConnections.close()`. The loop runs on a thread
    /// of its own, not on the caller's executor.
    public static func run(path: String, scripts: [any LoadScript], keepOpen: Bool = false) async throws -> (Outcome, HeldConnections) {
        try await withCheckedThrowingContinuation { continuation in
            Thread.detachNewThread {
                continuation.resume(with: Result { try runOnThisThread(path: path, scripts: scripts, keepOpen: keepOpen) })
            }
        }
    }

    static func runOnThisThread(path: String, scripts: [any LoadScript], keepOpen: Bool) throws -> (Outcome, HeldConnections) {
        raiseDescriptorLimit(toAtLeast: scripts.count + 64)
        var connections: [ScriptedConnection] = []
        connections.reserveCapacity(scripts.count)
        do {
            for script in scripts { connections.append(ScriptedConnection(descriptor: try connect(path), script: script)) }
        } catch {
            for connection in connections { _ = closeDescriptor(connection.descriptor) }
            throw error
        }
        let poll: Epoll
        do {
            poll = try Epoll(capacity: 512)
        } catch {
            for connection in connections { _ = closeDescriptor(connection.descriptor) }
            throw error
        }
        defer { poll.close() }
        do {
            for index in connections.indices { try poll.watch(connections[index].descriptor, as: index) }
        } catch {
            for connection in connections { _ = closeDescriptor(connection.descriptor) }
            throw error
        }

        let scratch = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 16, alignment: 16)
        defer { scratch.deallocate() }
        let begin = Self.now()
        var waiting = 0
        for index in connections.indices {
            connections[index].send(after: nil)
            if !connections[index].finished { waiting += 1 }
        }
        var stalled = false
        while waiting > 0, !stalled {
            let ready = poll.wait(milliseconds: stallSeconds * 1000) { index in
                guard !connections[index].finished else { return }
                connections[index].readable(into: scratch)
                if connections[index].finished {
                    waiting -= 1
                    poll.forget(connections[index].descriptor)
                }
            }
            if ready == -1 { throw BenchClientError("epoll_wait failed: \(String(cString: strerror(errno)))") }
            // No answer at all for that long: what is still waiting has failed.
            stalled = ready == 0
        }
        let seconds = Double(Self.now() - begin) / 1e9

        var latencies: [Int64] = []
        var failed = 0
        var held: [Int32] = []
        for connection in connections {
            if connection.succeeded {
                latencies += connection.latencies
                if keepOpen { held.append(connection.descriptor); continue }
            } else {
                failed += 1
            }
            _ = closeDescriptor(connection.descriptor)
        }
        return (Outcome(latencies: latencies, seconds: seconds, failed: failed), HeldConnections(descriptors: held))
    }

    /// One descriptor per connection: the soft limit (often 1,024) is raised towards the hard
    /// one when a run needs more, as far as it is allowed.
    static func raiseDescriptorLimit(toAtLeast wanted: Int) {
        var limit = rlimit()
        #if canImport(Glibc)
        let resource = Int32(RLIMIT_NOFILE.rawValue)
        #else
        let resource = RLIMIT_NOFILE
        #endif
        guard getrlimit(resource, &limit) == 0, limit.rlim_cur < rlim_t(wanted) else { return }
        limit.rlim_cur = min(limit.rlim_max, rlim_t(wanted))
        _ = setrlimit(resource, &limit)
    }

    /// A blocking connect (a Unix socket waits while the server's backlog is full), then the
    /// descriptor made non-blocking for the loop.
    static func connect(_ path: String) throws -> Int32 {
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let bytes = Array(path.utf8)
        guard bytes.count < MemoryLayout.size(ofValue: address.sun_path) else { throw BenchClientError("socket path too long: \(path)") }
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            raw.copyBytes(from: bytes)
            raw[bytes.count] = 0
        }
        #if canImport(Glibc)
        let descriptor = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        #else
        let descriptor = socket(AF_UNIX, SOCK_STREAM, 0)
        #endif
        guard descriptor >= 0 else { throw BenchClientError("socket failed: \(String(cString: strerror(errno)))") }
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        guard result == 0 else {
            let error = errno
            _ = closeDescriptor(descriptor)
            throw BenchClientError("cannot connect to \(path): \(String(cString: strerror(error)))")
        }
        _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) | O_NONBLOCK)
        return descriptor
    }

    static func now() -> UInt64 {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
    }
}

/// Linux's `epoll`, which Swift's Glibc module does not bring in: the three calls looked up
/// once in the C library and called as C functions, and `struct epoll_event` read and written
/// as bytes (packed to 12 bytes on x86-64, 16 elsewhere). Only what the driver needs: watch a
/// descriptor for input under a number, stop watching it, and wait for ready numbers.
struct Epoll {
    private typealias Create = @convention(c) (Int32) -> Int32
    private typealias Control = @convention(c) (Int32, Int32, Int32, UnsafeMutableRawPointer?) -> Int32
    private typealias Wait = @convention(c) (Int32, UnsafeMutableRawPointer?, Int32, Int32) -> Int32
    private static let createFunction = unsafeBitCast(dlsym(nil, "epoll_create1"), to: Create.self)
    private static let controlFunction = unsafeBitCast(dlsym(nil, "epoll_ctl"), to: Control.self)
    private static let waitFunction = unsafeBitCast(dlsym(nil, "epoll_wait"), to: Wait.self)

    private static let input: UInt32 = 0x001  // EPOLLIN
    private static let add: Int32 = 1  // EPOLL_CTL_ADD
    private static let remove: Int32 = 2  // EPOLL_CTL_DEL
    #if arch(x86_64)
    private static let eventSize = 12
    private static let dataOffset = 4
    #else
    private static let eventSize = 16
    private static let dataOffset = 8
    #endif

    let descriptor: Int32
    private let events: UnsafeMutableRawBufferPointer
    private let capacity: Int

    init(capacity: Int) throws {
        descriptor = Self.createFunction(Int32(O_CLOEXEC))
        guard descriptor >= 0 else { throw BenchClientError("epoll_create1 failed: \(String(cString: strerror(errno)))") }
        self.capacity = capacity
        events = .allocate(byteCount: capacity * Self.eventSize, alignment: 8)
    }

    func close() {
        events.deallocate()
        _ = closeDescriptor(descriptor)
    }

    /// Watches `socket` for input under `number`; a socket that cannot be watched would never
    /// be read, so it is an error rather than a silent stall.
    func watch(_ socket: Int32, as number: Int) throws {
        var event = [UInt8](repeating: 0, count: Self.eventSize)
        let result = event.withUnsafeMutableBytes { raw in
            raw.storeBytes(of: Self.input, toByteOffset: 0, as: UInt32.self)
            raw.storeBytes(of: UInt64(number), toByteOffset: Self.dataOffset, as: UInt64.self)
            return Self.controlFunction(descriptor, Self.add, socket, raw.baseAddress)
        }
        guard result == 0 else { throw BenchClientError("epoll_ctl failed: \(String(cString: strerror(errno)))") }
    }

    func forget(_ socket: Int32) {
        _ = Self.controlFunction(descriptor, Self.remove, socket, nil)
    }

    /// Waits up to `milliseconds` and calls `ready` with the number of each ready descriptor;
    /// answers how many there were (0: none in time), -2 when a signal cut the wait short, or
    /// -1 on an error.
    func wait(milliseconds: Int32, _ ready: (Int) -> Void) -> Int {
        let count = Self.waitFunction(descriptor, events.baseAddress, Int32(capacity), milliseconds)
        if count < 0 { return errno == EINTR ? -2 : -1 }
        for index in 0..<Int(count) {
            ready(Int(events.loadUnaligned(fromByteOffset: index * Self.eventSize + Self.dataOffset, as: UInt64.self)))
        }
        return Int(count)
    }
}

/// `close` under a name that does not clash with the types' own `close()`.
func closeDescriptor(_ descriptor: Int32) -> Int32 { close(descriptor) }

/// Why the benchmark client could not run.
public struct BenchClientError: Error, CustomStringConvertible {
    public let description: String
    init(_ description: String) { self.description = description }
}

/// One benchmark connection: sends its script's lines one at a time and times the turns.
struct ScriptedConnection {
    let descriptor: Int32
    private var script: any LoadScript
    private var framing = AnswerFraming()
    private var sentAt: UInt64 = 0
    private var timed = false
    private(set) var latencies: [Int64] = []
    private(set) var finished = false
    private(set) var succeeded = false

    private static let errorKey = Bytes.Needle(#""error":{"#)

    init(descriptor: Int32, script: any LoadScript) {
        self.descriptor = descriptor
        self.script = script
    }

    /// Reads what has arrived (one `read`: the poll says again if more is left) and answers
    /// each complete line. The end of the stream or a read error before the script finished
    /// fails the connection.
    mutating func readable(into scratch: UnsafeMutableRawBufferPointer) {
        let count = read(descriptor, scratch.baseAddress, scratch.count)
        if count < 0, errno == EAGAIN || errno == EINTR { return }
        guard count > 0 else { return finish(success: false) }
        // The framing is taken out while it calls back, so that answering may change `self`.
        var framing = AnswerFraming()
        swap(&framing, &self.framing)
        framing.feed(UnsafeRawBufferPointer(start: scratch.baseAddress, count: count)) { line in answer(line) }
        swap(&framing, &self.framing)
    }

    private mutating func answer(_ line: UnsafeRawBufferPointer) {
        guard !finished else { return }
        if timed { latencies.append(Int64(LoadDriver.now() - sentAt)) }
        if Bytes.contains(line, Self.errorKey) { return finish(success: false) }
        // Answers are read as text only while the script needs them (for the session id).
        send(after: script.wantsAnswerText ? String(decoding: line, as: UTF8.self) : "")
    }

    /// Sends the script's next line, or finishes when it has none. A request line is small and
    /// the socket takes it whole; a short write waits for room rather than being dropped.
    mutating func send(after answer: String?) {
        guard let (line, timed) = script.next(after: answer) else { return finish(success: true) }
        self.timed = timed
        var bytes = Array(line.utf8)
        bytes.append(UInt8(ascii: "\n"))
        sentAt = LoadDriver.now()
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress! + offset, $0.count - offset) }
            if written > 0 {
                offset += written
            } else if written < 0, errno == EAGAIN || errno == EINTR {
                var room = pollfd(fd: descriptor, events: Int16(POLLOUT), revents: 0)
                _ = poll(&room, 1, 1000)
            } else {
                return finish(success: false)
            }
        }
    }

    private mutating func finish(success: Bool) {
        guard !finished else { return }
        finished = true
        succeeded = success
    }
}
