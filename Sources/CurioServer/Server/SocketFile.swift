import NIOCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The socket's place in the file system: a private folder, a private socket file, and no
/// stale file left behind by a server that died.
///
/// The socket file is the server's only door, and anyone who can connect can read any
/// consultation whose id they hold, so: missing folders are created 0700, the socket is bound
/// under a umask that leaves it 0600 (then chmod-ed 0600 to be sure), and an existing file is
/// replaced only when it is a socket nothing answers on. Existing folders are left as they
/// are (`--socket /tmp/x.sock` must not chmod /tmp).
///
/// With `--allow-group`, the group is given the least it needs: created folders become 0710
/// (pass through, not list) and the socket 0660, both owned by that group.
enum SocketFile {
    /// Creates each missing folder on the way to `path` with mode 0700 (0710 for `group`).
    static func prepareFolder(for path: String, group: UInt32? = nil) throws {
        var folder = ""
        let components = path.split(separator: "/", omittingEmptySubsequences: true).dropLast()
        if path.hasPrefix("/") { folder = "" } else { folder = "." }
        for component in components {
            folder += "/" + component
            if mkdir(folder, 0o700) == 0 {
                if let group {
                    guard chown(folder, uid_t.max, group) == 0 else { throw ServerError.system("give the group", folder, errno: errno) }
                }
                guard chmod(folder, group == nil ? 0o700 : 0o710) == 0 else {
                    throw ServerError.system("set the mode of", folder, errno: errno)
                }
            } else if errno != EEXIST {
                throw ServerError.system("create the folder", folder, errno: errno)
            }
        }
        try checkFolder(folder.isEmpty ? "/" : folder)
    }

    /// Refuses a folder another user could use to swap the socket under us: one owned by
    /// someone else (root aside), or writable by others without the sticky bit (/tmp has it).
    static func checkFolder(_ folder: String) throws {
        var info = stat()
        guard stat(folder, &info) == 0 else { throw ServerError.system("inspect the folder", folder, errno: errno) }
        if info.st_uid != getuid() && info.st_uid != 0 {
            throw ServerError("the socket folder \(folder) belongs to another user; refusing to listen there")
        }
        if info.st_mode & 0o022 != 0 && info.st_mode & S_ISVTX == 0 {
            throw ServerError("the socket folder \(folder) is writable by other users; refusing to listen there (chmod 700 it)")
        }
    }

    /// Removes a socket file that nothing answers on; refuses when a server answers, or when
    /// the path is not a socket.
    static func clearStale(at path: String) throws {
        var info = stat()
        guard lstat(path, &info) == 0 else {
            if errno == ENOENT { return }
            throw ServerError.system("inspect", path, errno: errno)
        }
        guard (info.st_mode & S_IFMT) == S_IFSOCK else { throw ServerError.notASocket(path) }
        if try answers(at: path) { throw ServerError.alreadyAnswering(path) }
        guard unlink(path) == 0 || errno == ENOENT else { throw ServerError.system("remove the stale socket", path, errno: errno) }
    }

    /// Whether something accepts connections on the socket at `path`.
    static func answers(at path: String) throws -> Bool {
        let address: SocketAddress
        do {
            address = try SocketAddress(unixDomainSocketPath: path)
        } catch {
            throw ServerError.pathTooLong(path)
        }
        #if canImport(Darwin)
        let fd = socket(AF_UNIX, SOCK_STREAM, 0)
        #else
        let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        #endif
        guard fd >= 0 else { throw ServerError.system("open a socket to check", path, errno: errno) }
        defer { close(fd) }
        let result = address.withSockAddr { pointer, size in connect(fd, pointer, socklen_t(size)) }
        if result == 0 { return true }
        switch errno {
        case ECONNREFUSED, ENOENT: return false
        default: throw ServerError.system("check the socket", path, errno: errno)
        }
    }

    /// Runs `bind` with a umask that leaves the new socket file 0600, then makes sure of it
    /// (0660 and owned by `group` when one is allowed).
    static func bindPrivately<T>(_ path: String, group: UInt32? = nil, _ bind: () async throws -> T) async throws -> T {
        let previous = umask(0o177)
        let bound: T
        do {
            bound = try await bind()
        } catch {
            umask(previous)
            throw error
        }
        umask(previous)
        if let group {
            guard chown(path, uid_t.max, group) == 0 else { throw ServerError.system("give the group", path, errno: errno) }
        }
        guard chmod(path, group == nil ? 0o600 : 0o660) == 0 else { throw ServerError.system("set the mode of", path, errno: errno) }
        return bound
    }

    /// The file's identity (device, inode), so shutdown removes our socket and never one a
    /// newer server has put at the same path.
    static func identity(_ path: String) -> [UInt64]? {
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        return [UInt64(info.st_dev), UInt64(info.st_ino)]
    }

    /// Removes the socket file if it is still the one we bound.
    static func remove(_ path: String, identity: [UInt64]?) {
        guard let identity, Self.identity(path) == identity else { return }
        unlink(path)
    }
}
