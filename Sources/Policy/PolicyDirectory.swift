import Glibc
import Platform

/// File-system access for policy directories, on Glibc (no Foundation in Sources/).
enum PolicyDirectory {
    static func yamlFiles(in directory: String) throws -> [String] {
        guard let dir = opendir(directory) else {
            throw PolicyLoadError(file: directory, position: .unknown, message: "cannot open policy directory: \(String(cString: strerror(errno)))")
        }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = entryName(entry)
            guard !name.hasPrefix("."), name.hasSuffix(".yaml") || name.hasSuffix(".yml") else { continue }
            let path = join(directory, name)
            var st = stat()
            // stat follows symlinks: ConfigMap mounts expose files as links into `..data/`.
            guard stat(path, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG else { continue }
            names.append(name)
        }
        return names.sorted().map { join(directory, $0) }
    }

    static func entryName(_ entry: UnsafeMutablePointer<dirent>) -> String {
        withUnsafeBytes(of: entry.pointee.d_name) { raw in
            let bytes = raw.prefix { $0 != 0 }
            return String(decoding: bytes, as: UTF8.self)
        }
    }

    static func join(_ dir: String, _ name: String) -> String {
        dir.hasSuffix("/") ? dir + name : dir + "/" + name
    }

    static func read(_ path: String, limit: Int) throws -> String {
        switch FileContents.read(path: path, limit: limit) {
        case .success(let bytes):
            return String(decoding: bytes, as: UTF8.self)
        case .failure(.system(let code)):
            throw PolicyLoadError(file: path, position: .unknown, message: "cannot read: \(FileContents.Failure.describe(code))")
        case .failure(.isDirectory):
            throw PolicyLoadError(file: path, position: .unknown, message: "cannot read: \(FileContents.Failure.describe(EISDIR))")
        case .failure(.notRegularFile(let kind)):
            throw PolicyLoadError(file: path, position: .unknown, message: "cannot read: \(FileContents.Failure.describe(notRegular: kind))")
        case .failure(.tooLarge):
            throw PolicyLoadError(file: path, position: .unknown, message: "file is larger than \(limit) bytes")
        }
    }

    /// A cheap fingerprint of the directory's YAML files and the symlinks they go
    /// through (`..data` in ConfigMap mounts): names, sizes, mtimes, inodes and link targets.
    static func fingerprint(_ directory: String) -> [String] {
        guard let dir = opendir(directory) else { return ["<unreadable>"] }
        defer { closedir(dir) }
        var out: [String] = []
        while let entry = readdir(dir) {
            let name = entryName(entry)
            if name == "." || name == ".." { continue }
            let path = join(directory, name)
            var line = name
            var lst = stat()
            if lstat(path, &lst) == 0, (lst.st_mode & S_IFMT) == S_IFLNK {
                var target = [CChar](repeating: 0, count: 4096)
                let n = readlink(path, &target, target.count - 1)
                if n > 0 { line += " -> " + String(decoding: target[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self) }
            }
            var st = stat()
            if stat(path, &st) == 0 {
                line += " \(st.st_size) \(st.st_mtim.tv_sec).\(st.st_mtim.tv_nsec) \(st.st_ino)"
            }
            out.append(line)
        }
        return out.sorted()
    }
}
