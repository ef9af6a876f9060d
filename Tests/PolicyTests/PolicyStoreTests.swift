import Foundation
import Policy
import TestSupport
import Testing

let goodPolicy = "apiVersion: esoguard.io/v1alpha1\nkind: Policy\nmetadata: {name: NAME}\nspec:\n  rules: [{name: r, check: clusterStoreConditions}]\n"

/// Waits up to `timeout` seconds for `condition`.
func eventually(_ timeout: Double = 5, _ condition: () -> Bool) -> Bool {
    let deadline = Date().addingTimeInterval(timeout)
    while Date() < deadline {
        if condition() { return true }
        usleep(20_000)
    }
    return condition()
}

@Suite struct PolicyStoreTests {
    @Test func notReadyUntilAValidSetLoads() throws {
        let dir = try TempDir()
        defer { dir.remove() }
        try dir.write("p.yaml", "apiVersion: esoguard.io/v1alpha1\nkind: Policy\nmetadata: {name: p}\nspec:\n  rules: [{name: r, check: nope}]\n")
        let store = PolicyStore(directory: dir.path)
        guard case .failed(let errors) = store.reload() else { Issue.record("expected failure"); return }
        #expect(errors.first?.description.contains("p.yaml:5:") == true)
        #expect(!store.isReady)
        try dir.write("p.yaml", goodPolicy.replacing("NAME", with: "p"))
        #expect(store.reload() == .loaded(policies: 1))
        #expect(store.isReady)
        #expect(store.reload() == .unchanged)
    }

    @Test func keepsTheLastGoodSetWhenANewOneFails() throws {
        let dir = try TempDir()
        defer { dir.remove() }
        try dir.write("p.yaml", goodPolicy.replacing("NAME", with: "first"))
        let store = PolicyStore(directory: dir.path)
        store.reload()
        try dir.write("p.yaml", "this: [is broken\n")
        guard case .failed = store.reload() else { Issue.record("expected failure"); return }
        #expect(store.engine?.policies.policies.map(\.name) == ["first"])
        #expect(store.lastErrors.first?.file.hasSuffix("p.yaml") == true)
    }

    @Test func watcherFollowsAConfigMapStyleSymlinkSwap() throws {
        let dir = try TempDir()
        defer { dir.remove() }
        let fm = FileManager.default
        // The kubelet's layout: ..2024_01/p.yaml, ..data -> ..2024_01, p.yaml -> ..data/p.yaml.
        try dir.write("..v1/p.yaml", goodPolicy.replacing("NAME", with: "v1"))
        try fm.createSymbolicLink(atPath: dir.file("..data"), withDestinationPath: "..v1")
        try fm.createSymbolicLink(atPath: dir.file("p.yaml"), withDestinationPath: "..data/p.yaml")
        let store = PolicyStore(directory: dir.path)
        store.reload(force: true)
        #expect(store.engine?.policies.policies.map(\.name) == ["v1"])
        store.startWatching(interval: 0.05)
        defer { store.stop() }
        try dir.write("..v2/p.yaml", goodPolicy.replacing("NAME", with: "v2"))
        try fm.createSymbolicLink(atPath: dir.file("..data_tmp"), withDestinationPath: "..v2")
        #expect(rename(dir.file("..data_tmp"), dir.file("..data")) == 0)
        #expect(eventually { store.engine?.policies.policies.map(\.name) == ["v2"] })
        // A broken update keeps v2 in force.
        try dir.write("..v3/p.yaml", "kind: [")
        try fm.createSymbolicLink(atPath: dir.file("..data_tmp"), withDestinationPath: "..v3")
        #expect(rename(dir.file("..data_tmp"), dir.file("..data")) == 0)
        #expect(eventually { !store.lastErrors.isEmpty })
        #expect(store.engine?.policies.policies.map(\.name) == ["v2"])
        #expect(store.isReady)
    }
}
