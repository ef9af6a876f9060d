import Testing

@Test func PolicyTestsBuilds() { #expect(Bool(true)) }
