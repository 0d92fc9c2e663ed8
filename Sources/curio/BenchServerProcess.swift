import CurioCore
import Foundation

/// `curio serve` as a child process for `curio bench`: its own address space, so its
/// resident memory (VmRSS in /proc/PID/status) is the server's alone.
struct BenchServerProcess {
    let process: Process
    let socket: String

    /// Starts this same executable as `curio serve` with limits wide enough for the run, and
    /// waits until the socket exists.
    static func start(socket: String, dialogues: URL, store: String, connections: Int) throws -> BenchServerProcess {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        process.arguments = [
            "serve", "--socket", socket, "--dialogues", dialogues.path, "--store", store, "--log-level", "error",
            "--max-sessions", "\(max(10_000, connections * 2))", "--max-connections", "\(connections + 64)",
        ]
        try process.run()
        for _ in 0..<400 {
            if FileManager.default.fileExists(atPath: socket) { return BenchServerProcess(process: process, socket: socket) }
            guard process.isRunning else { break }
            Thread.sleep(forTimeInterval: 0.025)
        }
        process.terminate()
        throw BenchError("the server did not start on \(socket)")
    }

    /// Resident memory in bytes, from /proc.
    var residentBytes: Int? {
        guard let status = try? String(contentsOfFile: "/proc/\(process.processIdentifier)/status", encoding: .utf8),
            let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmRSS:") }),
            let kilobytes = line.split(separator: " ").dropFirst().first.flatMap({ Int($0) })
        else { return nil }
        return kilobytes * 1024
    }

    /// CPU time the server has used so far (user + system), in seconds, from /proc: divided by
    /// the turns served, it is the cost of a turn whatever else the machine is doing.
    var cpuSeconds: Double? {
        guard let stat = try? String(contentsOfFile: "/proc/\(process.processIdentifier)/stat", encoding: .utf8),
            let afterName = stat.lastIndex(of: ")")
        else { return nil }
        // Fields after the name start at field 3 (state); utime and stime are fields 14 and 15.
        let fields = stat[stat.index(after: afterName)...].split(separator: " ")
        guard fields.count > 13, let user = Double(fields[11]), let system = Double(fields[12]) else { return nil }
        return (user + system) / Double(sysconf(Int32(_SC_CLK_TCK)))
    }

    func stop() {
        process.terminate()
        process.waitUntilExit()
    }
}

struct BenchError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
