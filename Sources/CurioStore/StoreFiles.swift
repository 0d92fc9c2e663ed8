import CurioCore
import Foundation

/// The store's file and folder: created private (folder 0700, file 0600) before SQLite opens
/// the file, so a case record is never readable by another user, not even for a moment.
enum StoreFiles {
    /// Creates the missing folders (0700) and the file (0600) if needed, tightens an existing
    /// file that others could read, and never truncates or writes to an existing file.
    static func prepare(path: String) throws {
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty { try makeFolders(folder) }
        let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw StoreErrors.system("open the case store", path, errno: errno) }
        defer { close(descriptor) }
        var info = stat()
        if fstat(descriptor, &info) == 0 {
            if info.st_mode & S_IFMT == S_IFDIR { throw StoreErrors.system("open the case store", path, errno: EISDIR) }
            if info.st_mode & 0o077 != 0 { _ = fchmod(descriptor, 0o600) }
        }
    }

    /// Tightens SQLite's side files (-wal, -shm, -journal) to 0600 where they exist. SQLite
    /// gives them the database file's mode, so this only matters for files left by older tools.
    static func tightenSideFiles(of path: String) {
        for suffix in ["-wal", "-shm", "-journal"] {
            var info = stat()
            let side = path + suffix
            if stat(side, &info) == 0, info.st_mode & 0o077 != 0 { _ = chmod(side, 0o600) }
        }
    }

    /// `mkdir -p` where each folder created is 0700; existing folders are left as they are
    /// (the store may live in a shared folder such as /tmp).
    private static func makeFolders(_ folder: String) throws {
        var info = stat()
        if stat(folder, &info) == 0 {
            guard info.st_mode & S_IFMT == S_IFDIR else {
                throw StoreErrors.system("create the folder for the case store", folder, errno: ENOTDIR)
            }
            return
        }
        let parent = (folder as NSString).deletingLastPathComponent
        if !parent.isEmpty, parent != folder { try makeFolders(parent) }
        if mkdir(folder, 0o700) != 0, errno != EEXIST {
            throw StoreErrors.system("create the folder for the case store", folder, errno: errno)
        }
        _ = chmod(folder, 0o700)
    }

    static func exists(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0
    }
}
