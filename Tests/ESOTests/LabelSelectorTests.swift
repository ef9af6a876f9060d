import Documents
import ESO
import Testing

struct LabelSelectorTests {
    func selector(_ text: String) throws -> LabelSelector {
        LabelSelector(node: try yaml(text), path: "sel")
    }

    @Test func matchLabelsAndExpressionsAreANDed() throws {
        let s = try selector("""
            matchLabels: {team: a}
            matchExpressions:
            - {key: env, operator: In, values: [prod, staging]}
            - {key: legacy, operator: DoesNotExist}
            """)
        #expect(s.matches(["team": "a", "env": "prod"]))
        #expect(!s.matches(["team": "b", "env": "prod"]))
        #expect(!s.matches(["team": "a", "env": "dev"]))
        #expect(!s.matches(["team": "a", "env": "prod", "legacy": "x"]))
        #expect(!s.matches(["team": "a"]))
    }

    @Test func notInAndExistsFollowKubernetes() throws {
        let notIn = try selector("matchExpressions: [{key: env, operator: NotIn, values: [prod]}]")
        #expect(notIn.matches([:]))  // absent label satisfies NotIn
        #expect(notIn.matches(["env": "dev"]))
        #expect(!notIn.matches(["env": "prod"]))
        let exists = try selector("matchExpressions: [{key: env, operator: Exists}]")
        #expect(exists.matches(["env": ""]))
        #expect(!exists.matches(["other": "x"]))
    }

    @Test func emptySelectorMatchesEverything() throws {
        let s = try selector("{}")
        #expect(s.isEmpty)
        #expect(s.matches([:]))
        #expect(s.matches(["a": "b"]))
    }

    @Test func invalidSelectorMatchesNothingAndSaysWhy() throws {
        let bad = try selector("matchExpressions: [{key: env, operator: In}, {key: x, operator: Exists, values: [y]}, {key: z, operator: Like}]")
        #expect(!bad.matches(["env": "prod"]))
        #expect(bad.problems.map(\.path) == ["sel.matchExpressions[0]", "sel.matchExpressions[1]", "sel.matchExpressions[2]"])
    }
}
