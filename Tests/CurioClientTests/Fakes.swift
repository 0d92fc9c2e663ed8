import CurioCore
import Foundation
@testable import CurioClient

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Lines typed at the REPL, from a script.
final class ScriptedInput: LineInput {
    var lines: [String]
    var completions: [[String]] = []
    init(_ lines: [String]) { self.lines = lines }
    func readLine(prompt: String) -> String? { lines.isEmpty ? nil : lines.removeFirst() }
    func setCompletions(_ candidates: [String]) { completions.append(candidates) }
    var echoesInput: Bool { false }
}

/// A connection answered by a function, recording the requests.
final class FakeConnection: ChatConnection {
    var requests: [WireRequest] = []
    var closed = false
    let answer: (WireRequest, Int) throws(ClientError) -> WireResponse

    init(_ answer: @escaping (WireRequest, Int) throws(ClientError) -> WireResponse) { self.answer = answer }

    func send(_ request: WireRequest) throws(ClientError) -> WireResponse {
        requests.append(request)
        return try answer(request, requests.count)
    }

    func close() { closed = true }
}

/// A tiny consultation server in memory: start, say (counts turns), back, why, summary, end, resume.
final class FakeServer {
    var turns = 0
    var session = "sess-1"

    func respond(_ request: WireRequest) -> WireResponse {
        var response = WireResponse()
        response.session = session
        switch request.op {
        case "start":
            if request.dialogue == "nope" { return .failure("unknown_dialogue", "there is no dialogue \"nope\"") }
            turns = 0
            response.say = "Is the baby in immediate danger right now?"
            response.options = ["yes", "no", "not sure"]
        case "say":
            turns += 1
            response.say = "Noted.\nHow old is the baby?"
            if request.text?.contains("bruise") == true {
                response.recommendations = [RenderingTests.bruising]
                response.new = ["bruising-protocol"]
            }
        case "back":
            turns -= 1
            response.say = "Undid your answer.\nIs the baby in immediate danger right now?"
            response.options = ["yes", "no", "not sure"]
        case "why":
            response.why = "Why this question: A child in immediate danger needs 999 before anything else is asked."
        case "summary", "end":
            response.summary = nil
            response.done = request.op == "end"
            response.say = "Summary: \(turns) answers."
        case "resume":
            if request.session != session { return .failure("unknown_session", "no such session") }
            response.say = "How old is the baby?"
        default:
            return .failure("unknown_op", request.op)
        }
        response.turns = turns
        return response
    }
}

/// A Unix-socket server on a temporary path answering JSON lines with a function; the
/// function returning nil closes the connection (the server "goes away").
final class FakeSocketServer: @unchecked Sendable {
    let path: String
    private let listener: Int32
    private let handler: @Sendable (String) -> String?
    private let lock = NSLock()
    private var connections: [Int32] = []

    init(handler: @escaping @Sendable (String) -> String?) throws {
        path = "/tmp/curio-test-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).sock"
        self.handler = handler
        #if canImport(Glibc)
        let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        #else
        let fd = socket(AF_UNIX, SOCK_STREAM, 0)
        #endif
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let bytes = Array(path.utf8)
        withUnsafeMutableBytes(of: &address.sun_path) { $0.copyBytes(from: bytes) }
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        guard bound == 0, listen(fd, 4) == 0 else { throw ClientError.badResponse("bind failed: \(errno)") }
        listener = fd
        let thread = Thread { [self] in acceptLoop() }
        thread.start()
    }

    private func acceptLoop() {
        while true {
            let client = accept(listener, nil, nil)
            if client < 0 { return }
            lock.withLock { connections.append(client) }
            let thread = Thread { [self] in serve(client) }
            thread.start()
        }
    }

    private func serve(_ fd: Int32) {
        var pending: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            if let newline = pending.firstIndex(of: 10) {
                let line = String(decoding: pending[..<newline], as: UTF8.self)
                pending.removeSubrange(...newline)
                guard let answer = handler(line) else {
                    shutdown(fd, Int32(SHUT_RDWR))
                    return
                }
                let bytes = Array((answer + "\n").utf8)
                _ = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
                continue
            }
            let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if count <= 0 { return }
            pending.append(contentsOf: buffer[..<count])
        }
    }

    func stop() {
        shutdown(listener, Int32(SHUT_RDWR))
        close(listener)
        lock.withLock { connections.forEach { shutdown($0, Int32(SHUT_RDWR)) } }
        unlink(path)
    }
}
