import CurioCore
import Foundation
import GRDB

/// Turns what SQLite and the file system report into a `CaseJournalError` worded for the
/// practitioner. Messages name the store's path and the kind of trouble, never a record's
/// contents (no free text reaches a log through an error).
enum StoreErrors {
    static func map(_ error: any Error, path: String) -> CaseJournalError {
        if let error = error as? CaseJournalError { return error }
        guard let error = error as? DatabaseError else {
            return CaseJournalError(.failed, "The case store \(path) could not be used: \(type(of: error)).")
        }
        switch error.resultCode {
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            return locked(path)
        case .SQLITE_FULL:
            return CaseJournalError(
                .full,
                "The disk holding the case store \(path) is full, so this step was not saved (the earlier records are intact). Free some space and try again.")
        case .SQLITE_CORRUPT, .SQLITE_NOTADB:
            return corrupt(path)
        case .SQLITE_CANTOPEN, .SQLITE_PERM, .SQLITE_READONLY, .SQLITE_AUTH:
            return CaseJournalError(
                .unavailable,
                "The case store \(path) cannot be opened for writing (check that the folder exists and belongs to you, or choose another with --store).")
        case .SQLITE_IOERR:
            return CaseJournalError(
                .unavailable, "The case store \(path) could not be read or written: the disk reported an error.")
        default:
            return CaseJournalError(.failed, "The case store \(path) failed: \(error.message ?? "SQLite error \(error.resultCode.rawValue)").")
        }
    }

    static func locked(_ path: String) -> CaseJournalError {
        CaseJournalError(
            .locked,
            "The case store \(path) is locked by another program (another curio serve or purge?), so nothing was saved. Try again in a moment.")
    }

    static func corrupt(_ path: String) -> CaseJournalError {
        CaseJournalError(
            .corrupt,
            "The case store \(path) is damaged or is not a Curio case store; nothing was written to it. Move it aside (keep it for recovery) and curio will start a new one.")
    }

    static func newerSchema(_ path: String, found: Int, known: Int) -> CaseJournalError {
        CaseJournalError(
            .newerSchema,
            "The case store \(path) was written by a newer version of curio (store version \(found); this one knows up to \(known)). Nothing was written to it: use the newer curio, or another store with --store.")
    }

    /// A file-system call failed with `errno`.
    static func system(_ what: String, _ path: String, errno code: Int32) -> CaseJournalError {
        let reason: String
        switch code {
        case EACCES, EPERM: reason = "permission denied"
        case ENOENT: reason = "a folder on the way does not exist"
        case ENOTDIR: reason = "a part of the path is a file, not a folder"
        case EISDIR: reason = "it is a folder, not a file"
        case EROFS: reason = "the file system is read-only"
        case ENOSPC: return CaseJournalError(.full, "The disk is full: cannot \(what) \(path).")
        default: reason = String(cString: strerror(code))
        }
        return CaseJournalError(.unavailable, "Cannot \(what) \(path): \(reason).")
    }
}
