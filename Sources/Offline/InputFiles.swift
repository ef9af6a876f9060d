import Glibc

/// One input to validate: a file path, or `-` for standard input.
public struct InputFile: Sendable, Hashable {
    /// The path as it will be reported (`-` for stdin).
    public var path: String

    public init(path: String) { self.path = path }

    public var isStandardInput: Bool { path == "-" }

    /// JSON files get the JSON parser (faster, better errors); everything else is YAML.
    public var isJSON: Bool { path.hasSuffix(".json") }
}

/// Why a command-line path yields no inputs.
public struct InputError: Error, Sendable, Hashable, CustomStringConvertible {
    public var path: String
    public var message: String

    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }

    public var description: String { "\(path): \(message)" }
}

/// Expands command-line paths into the files to validate: files as given,
/// directories recursively over `*.yaml`, `*.yml` and `*.json` (sorted, so output
/// is stable), `-` for stdin. Hidden entries (`.git`) are skipped inside
/// directories, and a directory reached twice through symlinks is walked once.
public enum InputFiles {
    public static let manifestExtensions = [".yaml", ".yml", ".json"]

    public static func collect(_ paths: [String]) -> (files: [InputFile], errors: [InputError]) {
        var files: [InputFile] = []
        var errors: [InputError] = []
        var visited = Set<DirectoryID>()
        for path in paths {
            if path == "-" {
                files.append(InputFile(path: "-"))
                continue
            }
            var info = stat()
            guard stat(path, &info) == 0 else {
                errors.append(InputError(path: path, message: systemMessage(errno)))
                continue
            }
            if isDirectory(info) {
                walk(path, info: info, into: &files, errors: &errors, visited: &visited, depth: 0)
            } else {
                files.append(InputFile(path: path))
            }
        }
        return (files, errors)
    }

    static func isManifestName(_ name: String) -> Bool {
        manifestExtensions.contains { name.hasSuffix($0) }
    }

    private struct DirectoryID: Hashable {
        var device: UInt64
        var inode: UInt64
    }

    /// Deep trees are legal but a depth bound keeps a pathological one finite.
    private static let maxDepth = 64

    private static func walk(_ directory: String, info: stat, into files: inout [InputFile],
                             errors: inout [InputError], visited: inout Set<DirectoryID>, depth: Int) {
        let id = DirectoryID(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
        guard visited.insert(id).inserted else { return }
        guard depth < maxDepth else {
            errors.append(InputError(path: directory, message: "directory nesting deeper than \(maxDepth) levels"))
            return
        }
        guard let dir = opendir(directory) else {
            errors.append(InputError(path: directory, message: systemMessage(errno)))
            return
        }
        var names: [String] = []
        let prefix = directory.hasSuffix("/") ? directory : directory + "/"
        while let entry = readdir(dir) {
            let (name, valid) = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                let bytes = raw.prefix { $0 != 0 }
                return (String(decoding: bytes, as: UTF8.self), String(validating: bytes, as: UTF8.self) != nil)
            }
            if name.hasPrefix(".") { continue }
            guard valid else {
                // Its path cannot be spelled as a String, so it cannot be opened: say so rather
                // than skip it, or a CI run would pass without checking it.
                if isManifestName(name) || entry.pointee.d_type == UInt8(DT_DIR) {
                    errors.append(InputError(path: prefix + name, message: "the file name is not valid UTF-8, so esoguard cannot open it; rename it"))
                }
                continue
            }
            names.append(name)
        }
        closedir(dir)
        names.sort()
        for name in names {
            let child = prefix + name
            var childInfo = stat()
            // A dangling symlink is not worth failing a whole tree over.
            guard stat(child, &childInfo) == 0 else { continue }
            if isDirectory(childInfo) {
                walk(child, info: childInfo, into: &files, errors: &errors, visited: &visited, depth: depth + 1)
            } else if isRegular(childInfo), isManifestName(name) {
                files.append(InputFile(path: child))
            }
        }
    }

    private static func isDirectory(_ info: stat) -> Bool { (info.st_mode & S_IFMT) == S_IFDIR }
    private static func isRegular(_ info: stat) -> Bool { (info.st_mode & S_IFMT) == S_IFREG }
}

func systemMessage(_ code: Int32) -> String {
    guard let text = strerror(code) else { return "error \(code)" }
    return String(cString: text).lowercased()
}
