import Documents
import ESO
import Foundation
import Testing

struct PerformanceTests {
    /// `validate` must stay far below 50 µs per object. Debug builds are several times
    /// slower than release, so the bound here is loose; the printed rate is the number.
    @Test func validationIsFast() throws {
        let es = try object(externalSecret("""
            refreshInterval: 1h
            target: {name: app, creationPolicy: Owner, template: {type: Opaque, data: {url: "{{ .host }}"}}}
            data:
            - {secretKey: host, remoteRef: {key: app/db, property: host}}
            - {secretKey: password, remoteRef: {key: app/db, property: password}}
            dataFrom:
            - extract: {key: app/extra}
            - find: {path: app/, name: {regexp: "^x"}}
            """))
        let css = try object(store("vault: {server: https://v, path: secret, auth: {kubernetes: {mountPath: k8s, role: eso, serviceAccountRef: {name: eso, namespace: eso}}}}",
                                   extra: "conditions: [{namespaceSelector: {matchLabels: {a: b}}, namespaceRegexes: [\"^team-\"]}]"))
        _ = ESOValidator.validate(es)  // first use parses the embedded schemas
        _ = ESOValidator.validate(css)
        let n = 5_000
        let start = Date()
        var total = 0
        for _ in 0..<n {
            total += ESOValidator.validate(es).count
            total += ESOValidator.validate(css).count
        }
        let perObject = Date().timeIntervalSince(start) / Double(2 * n)
        print("validate: \(Int(1 / perObject)) objects/s (\(String(format: "%.1f", perObject * 1e6)) µs each, debug build)")
        #expect(total == 0)
        // Generous: `make test` runs suites side by side on two cores.
        #expect(perObject < 2e-3)
    }
}
