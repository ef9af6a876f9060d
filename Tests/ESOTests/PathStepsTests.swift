import Documents
@testable import ESO
import Testing

/// The schema walk keeps its path steps inline and spills deep ones into an array; both
/// halves must read back in order.
struct ESOPathStepsTests {
    @Test(arguments: [0, 1, 15, 16, 17, 40])
    func stepsReadBackInOrderAcrossTheInlineLimit(depth: Int) {
        var steps = PathSteps()
        for i in 0..<depth { steps.append(i * 7 + 1) }
        #expect(steps.count == depth)
        #expect(steps.all == (0..<depth).map { $0 * 7 + 1 })
        // Pop back below the limit and push again: the spilled steps are replaced, not kept.
        let keep = depth / 2
        for _ in keep..<depth { steps.removeLast() }
        #expect(steps.all == (0..<keep).map { $0 * 7 + 1 })
        for i in keep..<depth { steps.append(-i) }
        #expect(steps.all == (0..<keep).map { $0 * 7 + 1 } + (keep..<depth).map { -$0 })
    }

    @Test func schemasAreShallowerThanTheInlineSteps() {
        // Deeper schemas would still work, through the array; this says the inline part covers today's.
        func depth(_ node: SchemaNode) -> Int {
            let children = node.properties.map(\.node) + [node.items, node.additionalProperties].compactMap { $0 }
            return 1 + (children.map(depth).max() ?? 0)
        }
        for kind in ESOKind.allCases {
            for version in kind.versions {
                guard let schema = CRDSchema.schema(kind: kind, version: version) else { continue }
                #expect(depth(schema) <= PathSteps.inlineCapacity, "\(kind) \(version)")
            }
        }
    }

    @Test func isObjectValueMatchesIsObject() throws {
        for node in [Node(.object([])), .string("x"), .array([]), .null, .int(1), .bool(true),
                     try yaml("{a: 1}")] {
            #expect(node.isObjectValue == node.isObject)
        }
    }
}
