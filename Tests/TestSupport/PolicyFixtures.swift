/// Policy documents more than one test target loads.
public enum PolicyFixtures {
    /// One enforcing rule, `finds/find`: `findRestrictions`, which compiles each
    /// `dataFrom[].find.name.regexp` of an ExternalSecret (the regex budget's tests).
    public static let findRestrictions = """
        apiVersion: esoguard.io/v1alpha1
        kind: Policy
        metadata: {name: finds}
        spec:
          mode: enforce
          rules:
            - name: find
              check: findRestrictions

        """
}
