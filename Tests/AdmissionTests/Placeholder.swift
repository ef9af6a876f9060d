import Testing

@Test func AdmissionTestsBuilds() { #expect(Bool(true)) }
