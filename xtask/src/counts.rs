//! Passed and failed counts, and reading them from what the test runners print.

/// Passed and failed counts of one check (a test suite counts its tests), and the names of
/// the failed tests where the runner says them: the summary repeats them, because a long log
/// is often cut in the middle, where a test's own failure was printed.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Counts {
    pub passed: u32,
    pub failed: u32,
    pub failing: Vec<String>,
}

impl Counts {
    pub const ONE_PASSED: Self = Self {
        passed: 1,
        failed: 0,
        failing: Vec::new(),
    };

    /// Adds another run's counts and failing names to these.
    pub fn add(&mut self, other: Counts) {
        self.passed += other.passed;
        self.failed += other.failed;
        self.failing.extend(other.failing);
    }
}

/// Sums the `test result:` lines of `cargo test`.
pub fn parse_cargo_test(output: &str) -> Counts {
    let mut counts = Counts::default();
    for line in output.lines().filter(|l| l.starts_with("test result:")) {
        counts.passed += number_before(line, " passed");
        counts.failed += number_before(line, " failed");
    }
    counts
}

/// Reads the `ℹ pass N` / `ℹ fail N` summary of node's spec reporter, and the names it lists
/// under `✖ failing tests:`.
pub fn parse_node_test(output: &str) -> Counts {
    let mut counts = Counts::default();
    let mut in_failing_list = false;
    let mut place = "";
    for line in output.lines() {
        if line.starts_with("✖ failing tests:") {
            in_failing_list = true;
            continue;
        }
        // The list gives each failed test as `test at FILE:LINE:COL`, then `✖ NAME (TIME)`,
        // then its error, indented.
        if in_failing_list {
            if let Some(at) = line.strip_prefix("test at ") {
                place = at;
            } else if let Some(name) = line.strip_prefix("✖ ") {
                counts.failing.push(format!("{place}: {name}"));
            }
        }
        let line = line.trim_start_matches(['ℹ', '#', ' ']);
        if let Some(n) = line.strip_prefix("pass ") {
            counts.passed += n.trim().parse().unwrap_or(0);
        } else if let Some(n) = line.strip_prefix("fail ") {
            counts.failed += n.trim().parse().unwrap_or(0);
        }
    }
    counts
}

fn number_before(line: &str, marker: &str) -> u32 {
    line.find(marker)
        .and_then(|end| line[..end].rsplit([' ', ';', '.']).next()?.parse().ok())
        .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_cargo_test_results() {
        let output = "test result: ok. 7 passed; 0 failed; 0 ignored\n\
                      test result: FAILED. 2 passed; 1 failed; 0 ignored\n";
        assert_eq!(
            parse_cargo_test(output),
            Counts {
                passed: 9,
                failed: 1,
                failing: Vec::new(),
            }
        );
    }

    #[test]
    fn reads_node_spec_summary() {
        let output = "✔ home renders (12ms)\n✖ map opens (3ms)\nℹ tests 5\nℹ suites 0\n\
                      ℹ pass 4\nℹ fail 1\n\n✖ failing tests:\n\ntest at tests/map.test.mjs:9:1\n\
                      ✖ map opens (3ms)\n  AssertionError: no map\n  ✖ not a test\n";
        assert_eq!(
            parse_node_test(output),
            Counts {
                passed: 4,
                failed: 1,
                failing: vec!["tests/map.test.mjs:9:1: map opens (3ms)".into()],
            }
        );
    }
}
