import Documents
import ESO
import Policy
import Testing

/// The policy engine walks selectors on the node for speed; it must agree with ESO's
/// LabelSelector (apimachinery semantics) on every selector and label set.
@Suite struct LabelSelectorParityTests {
    static let selectors = [
        "{}",
        "{matchLabels: {team: a}}",
        "{matchLabels: {team: a, tier: app}}",
        "{matchExpressions: [{key: team, operator: In, values: [a, b]}]}",
        "{matchExpressions: [{key: team, operator: NotIn, values: [a]}]}",
        "{matchExpressions: [{key: team, operator: Exists}]}",
        "{matchExpressions: [{key: team, operator: DoesNotExist}]}",
        "{matchExpressions: [{key: team, operator: In, values: []}]}",
        "{matchExpressions: [{key: team, operator: Exists, values: [x]}]}",
        "{matchExpressions: [{key: team, operator: Like, values: [a]}]}",
        "{matchExpressions: [{key: \"\", operator: Exists}]}",
        "{matchLabels: {team: b}, matchExpressions: [{key: team, operator: Like}]}",
        "{matchLabels: {team: a}, matchExpressions: [{key: tier, operator: NotIn, values: [db]}]}",
    ]
    static let labelSets: [[String: String]] = [[:], ["team": "a"], ["team": "b"], ["team": "a", "tier": "app"], ["tier": "db", "team": "a"]]

    @Test(arguments: selectors)
    func agreesWithESO(selector: String) throws {
        let node = try YAMLLoader.load(selector).first?.root ?? Node(.object([]))
        for labels in Self.labelSets {
            #expect(LabelSelectorMatch.matches(node, labels: labels) == LabelSelector(node: node, path: "").matches(labels),
                    "\(selector) on \(labels)")
        }
        #expect(LabelSelectorMatch.selectsEverything(node) == LabelSelector(node: node, path: "").isEmpty)
    }
}
