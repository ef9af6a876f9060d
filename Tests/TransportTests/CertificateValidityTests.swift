import Foundation
import Telemetry
import TestSupport
import Testing
@testable import Transport

/// A serving certificate outside its validity period makes every admission call fail, so
/// esoguard says so when it loads one, and warns in its last 7 days.
@Suite struct CertificateValidityTests {
    @Test func validityIsReportedByDate() throws {
        let dir = try TempDir("validity")
        defer { dir.remove() }
        let made = try runCommand("openssl", ["req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes",
                                              "-keyout", dir.file("tls.key"), "-out", dir.file("tls.crt"), "-days", "30",
                                              "-subj", "/CN=validity"], timeout: 20)
        try #require(made.status == 0, "\(made)")
        let box = LineBox()
        let logger = Logger(label: "tls", level: .info, format: .json, sink: LogSink { box.append($0) })
        let reloader = try CertificateReloader(files: TLSConfiguration(certificate: dir.file("tls.crt"), privateKey: dir.file("tls.key")),
                                               logger: logger, metrics: MetricsRegistry())
        #expect(box.lines.isEmpty, "a certificate valid for 30 days loads quietly: \(box.lines)")
        let context = reloader.current
        let notBefore = try #require(context.notBefore), notAfter = try #require(context.notAfter)
        #expect(notAfter - notBefore == 30 * 86_400)

        let cases: [(Int64, String?)] = [
            (notBefore + 86_400, nil),
            (notAfter - 86_400, "\"level\":\"warning\",\"logger\":\"tls\",\"msg\":\"TLS certificate expires in less than 7 days\""),
            (notAfter, "\"level\":\"error\",\"logger\":\"tls\",\"msg\":\"TLS certificate has expired; clients will refuse it\""),
            (notBefore - 60, "\"level\":\"error\",\"logger\":\"tls\",\"msg\":\"TLS certificate is not valid yet; clients will refuse it\""),
        ]
        for (now, expected) in cases {
            let before = box.lines.count
            reloader.reportValidity(context, now: now)
            let lines = Array(box.lines.dropFirst(before))
            if let expected {
                #expect(lines.count == 1 && lines[0].contains(expected), "\(now): \(lines)")
                #expect(lines.first?.contains("\"notAfter\":\"\(LogLine.rfc3339(seconds: notAfter))\"") == true)
            } else {
                #expect(lines.isEmpty, "\(now): \(lines)")
            }
        }
        #expect(LogLine.rfc3339(seconds: 0) == "1970-01-01T00:00:00Z")
        #expect(LogLine.rfc3339(seconds: 1_795_507_252) == "2026-11-24T08:00:52Z")   // date -u -d @1795507252
        #expect(LogLine.rfc3339(seconds: 951_782_400) == "2000-02-29T00:00:00Z")
    }
}
