import CurioCore

/// What `curio serve` was asked for (`design/contracts.md`): where to listen, who may connect
/// and the limits that keep one client from starving the others. Each limit has a flag.
public struct ServerConfiguration: Sendable, Hashable {
    /// The Unix domain socket's path.
    public var socketPath: String
    /// The longest request line accepted, in bytes (`--max-line`).
    public var maximumLineLength: Int
    /// The most consultations one connection may hold open at once (`--max-sessions-per-connection`).
    public var maximumSessionsPerConnection: Int
    /// The most connections served at once (`--max-connections`); more are answered and closed.
    public var maximumConnections: Int
    /// A connection that sends nothing for this many seconds is closed (`--idle-timeout`);
    /// nil never closes. Its consultations stay open and can be resumed from a new connection.
    public var idleTimeoutSeconds: Int?
    /// A group whose members may connect besides the server's own user (`--allow-group`).
    public var allowedGroup: UInt32?

    public init(
        socketPath: String = DefaultPaths.socket(),
        maximumLineLength: Int = LineFrameDecoder.defaultMaximumLength,
        maximumSessionsPerConnection: Int = ServerConfiguration.defaultMaximumSessionsPerConnection,
        maximumConnections: Int = ServerConfiguration.defaultMaximumConnections,
        idleTimeoutSeconds: Int? = ServerConfiguration.defaultIdleTimeoutSeconds,
        allowedGroup: UInt32? = nil
    ) {
        self.socketPath = socketPath
        self.maximumLineLength = maximumLineLength
        self.maximumSessionsPerConnection = maximumSessionsPerConnection
        self.maximumConnections = maximumConnections
        self.idleTimeoutSeconds = idleTimeoutSeconds
        self.allowedGroup = allowedGroup
    }

    /// A practitioner's client holds one consultation; a team tool a few dozen.
    public static let defaultMaximumSessionsPerConnection = 64
    /// Well above a busy office, well below the process's file descriptor limit.
    public static let defaultMaximumConnections = 4096
    /// An hour: a practitioner may think, or take a call, between answers.
    public static let defaultIdleTimeoutSeconds: Int? = 3600
}
