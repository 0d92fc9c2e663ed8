#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// Who is at the other end of a connection, as the kernel says (SO_PEERCRED): not something
/// the client can claim, so it is what the server decides on.
public struct PeerCredentials: Sendable, Hashable {
    public var pid: Int32
    public var uid: UInt32
    public var gid: UInt32

    public init(pid: Int32, uid: UInt32, gid: UInt32) {
        self.pid = pid
        self.uid = uid
        self.gid = gid
    }

    /// `struct ucred` of <sys/socket.h>, which Glibc's module hides behind _GNU_SOURCE:
    /// three 32-bit fields in this order, so a Swift struct of the same fields has its layout.
    struct Raw: Sendable {
        var pid: Int32 = 0
        var uid: UInt32 = 0
        var gid: UInt32 = 0

        /// SO_PEERCRED on Linux (17 on every architecture Swift supports).
        static let option: Int32 = 17
    }
}

/// Who may talk to the server: its own user, and members of one optional group.
///
/// The socket file's mode already keeps others out; this is the second lock, because a mode
/// can be changed by mistake and a consultation holds a child's case details.
public struct PeerPolicy: Sendable, Hashable {
    public var ownUser: UInt32
    public var allowedGroup: UInt32?

    public init(ownUser: UInt32 = getuid(), allowedGroup: UInt32? = nil) {
        self.ownUser = ownUser
        self.allowedGroup = allowedGroup
    }

    /// Whether these credentials may connect. Unknown credentials never may.
    public func admits(_ peer: PeerCredentials?) -> Bool {
        guard let peer else { return false }
        if peer.uid == ownUser { return true }
        guard let group = allowedGroup else { return false }
        return peer.gid == group || Self.user(peer.uid, isMemberOf: group)
    }

    /// The group's id, for `--allow-group NAME` (a number is taken as it is).
    public static func group(named name: String) -> UInt32? {
        if let number = UInt32(name) { return number }
        guard let entry = getgrnam(name) else { return nil }
        return entry.pointee.gr_gid
    }

    /// Supplementary membership, from the group database (the peer's primary group is in
    /// its credentials already).
    static func user(_ uid: UInt32, isMemberOf group: UInt32) -> Bool {
        guard let entry = getgrgid(group), let members = entry.pointee.gr_mem,
            let account = getpwuid(uid), let name = account.pointee.pw_name
        else { return false }
        var index = 0
        while let member = members[index] {
            if strcmp(member, name) == 0 { return true }
            index += 1
        }
        return false
    }
}
