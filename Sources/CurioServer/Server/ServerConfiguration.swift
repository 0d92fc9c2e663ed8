import CurioCore

/// What `curio serve` was asked for (`design/contracts.md`).
public struct ServerConfiguration: Sendable, Hashable {
    /// The Unix domain socket's path.
    public var socketPath: String
    /// The longest request line accepted, in bytes (`--max-line`).
    public var maximumLineLength: Int

    public init(socketPath: String = DefaultPaths.socket(), maximumLineLength: Int = LineFrameDecoder.defaultMaximumLength) {
        self.socketPath = socketPath
        self.maximumLineLength = maximumLineLength
    }
}
