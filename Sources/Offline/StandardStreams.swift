import Glibc

/// Whole-buffer writes to stdout and stderr with write(2): no stdio buffers to
/// share across threads, and a large report goes out however the pipe splits it.
public enum StandardStreams {
    public static func writeOutput(_ text: String) { write(text, to: STDOUT_FILENO) }
    public static func writeError(_ text: String) { write(text, to: STDERR_FILENO) }

    private static func write(_ text: String, to fd: Int32) {
        guard !text.isEmpty else { return }
        var text = text
        text.withUTF8 { buffer in
            var offset = 0
            while offset < buffer.count {
                let n = Glibc.write(fd, buffer.baseAddress.map { $0 + offset }, buffer.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    return  // EPIPE: the reader went away (`| head`); nothing left to do.
                }
                offset += n
            }
        }
    }
}
