//! Passed and failed counts, and reading them from what the test runners print.

/// Passed and failed counts of one check (a test suite counts its tests).
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Counts {
    pub passed: u32,
    pub failed: u32,
}

impl Counts {
    pub const ONE_PASSED: Self = Self {
        passed: 1,
        failed: 0,
    };
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

/// Reads the `ℹ pass N` / `ℹ fail N` summary of node's spec reporter.
pub fn parse_node_test(output: &str) -> Counts {
    let mut counts = Counts::default();
    for line in output.lines() {
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
                failed: 1
            }
        );
    }

    #[test]
    fn reads_node_spec_summary() {
        let output = "✔ home renders (12ms)\nℹ tests 5\nℹ suites 0\nℹ pass 4\nℹ fail 1\n";
        assert_eq!(
            parse_node_test(output),
            Counts {
                passed: 4,
                failed: 1
            }
        );
    }
}
