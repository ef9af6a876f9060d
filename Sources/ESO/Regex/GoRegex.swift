/// A compiled Go (RE2) regular expression with Go's `regexp.MatchString` semantics:
/// unanchored search, `.` not matching newline unless `(?s)`, `^`/`$` at text ends
/// unless `(?m)`. Matching runs a Pike VM (one pass, no backtracking), so time is
/// linear in pattern × input, as RE2 guarantees.
public struct GoRegex: Sendable {
    public let pattern: String
    private let program: [Instruction]
    /// The compiled program's length: what the regex costs to keep and to run.
    public var instructionCount: Int { program.count }

    /// Compiles `pattern`, failing where Go's `regexp.Compile` fails, and when this thread's
    /// `RegexBudget` is spent (`exhausted` then says so).
    public static func compile(_ pattern: String) -> Result<GoRegex, RegexError> {
        let budget = RegexBudget.current
        guard budget.mayCompile() else { return .failure(RegexError(code: "regular expressions too large in total", expr: pattern)) }
        switch RegexParser.parse(pattern) {
        case .failure(let e):
            return .failure(e)
        case .success(let node):
            var compiler = RegexCompiler()
            compiler.emit(node)
            compiler.program.append(.match)
            budget.charge(compiler.program.count)
            if compiler.program.count > 200_000 {
                return .failure(RegexError(code: "expression too large", expr: pattern))
            }
            return .success(GoRegex(pattern: pattern, program: compiler.program))
        }
    }

    /// True when the pattern matches anywhere in `text` (Go's `MatchString`).
    public func matches(_ text: String) -> Bool {
        let input = Array(text.unicodeScalars)
        var current = ThreadList(capacity: program.count)
        var next = ThreadList(capacity: program.count)
        for pos in 0...input.count {
            // Unanchored: a new thread starts at every position.
            addThread(&current, 0, pos, input)
            if current.matched { return true }
            if pos == input.count { break }
            let c = input[pos]
            next.clear()
            for pc in current.list {
                switch program[pc] {
                case .char(let want, let fold):
                    if want == c || (fold && Self.foldEqual(want, c)) { addThread(&next, pc + 1, pos + 1, input) }
                case .any(let newline):
                    if newline || c != "\n" { addThread(&next, pc + 1, pos + 1, input) }
                case .set(let set):
                    if set.contains(c) { addThread(&next, pc + 1, pos + 1, input) }
                default:
                    break
                }
                if next.matched { return true }
            }
            swap(&current, &next)
        }
        return current.matched
    }

    private func addThread(_ list: inout ThreadList, _ pc: Int, _ pos: Int, _ input: [Unicode.Scalar]) {
        // Iterative closure over epsilon transitions.
        var stack = [pc]
        while let pc = stack.popLast() {
            if list.seen[pc] == list.generation { continue }
            list.seen[pc] = list.generation
            switch program[pc] {
            case .jump(let to):
                stack.append(to)
            case .split(let a, let b):
                stack.append(b)
                stack.append(a)
            case .assert(let kind):
                if Self.holds(kind, pos, input) { stack.append(pc + 1) }
            case .match:
                list.matched = true
            default:
                list.list.append(pc)
            }
        }
    }

    private static func holds(_ kind: RegexAssertion, _ pos: Int, _ input: [Unicode.Scalar]) -> Bool {
        switch kind {
        case .beginText: return pos == 0
        case .endText: return pos == input.count
        case .beginLine: return pos == 0 || input[pos - 1] == "\n"
        case .endLine: return pos == input.count || input[pos] == "\n"
        case .wordBoundary, .notWordBoundary:
            let before = pos > 0 && isWord(input[pos - 1])
            let after = pos < input.count && isWord(input[pos])
            return (before != after) == (kind == .wordBoundary)
        }
    }

    private static func isWord(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 48...57, 65...90, 95, 97...122: return true
        default: return false
        }
    }

    private static func foldEqual(_ a: Unicode.Scalar, _ b: Unicode.Scalar) -> Bool {
        a.properties.lowercaseMapping == b.properties.lowercaseMapping
    }
}

enum Instruction: Sendable {
    case char(Unicode.Scalar, fold: Bool)
    case any(newline: Bool)
    case set(CharSet)
    case assert(RegexAssertion)
    case split(Int, Int)
    case jump(Int)
    case match
}

/// The threads alive at one input position; `seen` is stamped by generation so
/// clearing costs nothing.
private struct ThreadList {
    var list: [Int] = []
    var seen: [Int]
    var generation = 1
    var matched = false

    init(capacity: Int) { seen = Array(repeating: 0, count: capacity) }

    mutating func clear() {
        list.removeAll(keepingCapacity: true)
        generation += 1
        matched = false
    }
}

/// Compiles the syntax tree to Pike VM instructions (Thompson construction).
struct RegexCompiler {
    var program: [Instruction] = []

    mutating func emit(_ node: RegexNode) {
        // Bail out early on huge expansions; `compile` reports them.
        if program.count > 200_000 { return }
        switch node {
        case .empty:
            break
        case .literal(let c, let fold):
            program.append(.char(c, fold: fold))
        case .any(let newline):
            program.append(.any(newline: newline))
        case .set(let set):
            program.append(.set(set))
        case .assertion(let a):
            program.append(.assert(a))
        case .concat(let items):
            for item in items { emit(item) }
        case .alternate(let branches):
            var jumps: [Int] = []
            for (k, branch) in branches.enumerated() {
                if k < branches.count - 1 {
                    let split = program.count
                    program.append(.split(split + 1, 0))
                    emit(branch)
                    jumps.append(program.count)
                    program.append(.jump(0))
                    program[split] = .split(split + 1, program.count)
                } else {
                    emit(branch)
                }
            }
            for j in jumps { program[j] = .jump(program.count) }
        case .repetition(let inner, let min, let max):
            for _ in 0..<min { emit(inner) }
            if let max {
                // Optional copies: x? nested (max - min) times.
                var splits: [Int] = []
                for _ in min..<max {
                    splits.append(program.count)
                    program.append(.split(program.count + 1, 0))
                    emit(inner)
                }
                for s in splits { program[s] = .split(s + 1, program.count) }
            } else {
                // x*: L: split(body, out); body; jump L
                let loop = program.count
                program.append(.split(loop + 1, 0))
                emit(inner)
                program.append(.jump(loop))
                program[loop] = .split(loop + 1, program.count)
            }
        }
    }
}
