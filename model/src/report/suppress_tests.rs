//! The audit against brute force: for generated tables, every solution a reader could find
//! is enumerated, and no hidden count may have only one.

use super::*;

/// A small deterministic generator (xorshift), so a failure repeats.
struct Dice(u64);

impl Dice {
    fn roll(&mut self, below: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % below
    }

    /// Mostly small counts, some zeros, now and then a larger one.
    fn count(&mut self) -> u64 {
        match self.roll(10) {
            0 | 1 => 0,
            2..=5 => 1 + self.roll(2),
            _ => 3 + self.roll(5),
        }
    }
}

/// Every hidden count's possible values, by enumerating all assignments a reader would
/// accept (each within what is known of it, every equation kept), capped at `cap`. Where an
/// equation has one count left open, that count follows from it.
fn possible_values(system: &System, cap: u64) -> Vec<std::collections::BTreeSet<u64>> {
    let n = system.values.len();
    let mut value: Vec<Option<u64>> = (0..n)
        .map(|i| (system.marks[i] == Mark::Shown).then_some(system.values[i]))
        .collect();
    let mut seen = vec![std::collections::BTreeSet::new(); n];
    walk(system, &mut value, &mut seen, cap);
    seen
}

/// The signed members of an equation: the sum +1, the parts −1 (they add up to zero).
fn members(e: &Equation) -> impl Iterator<Item = (usize, i64)> + '_ {
    std::iter::once((e.sum, 1)).chain(e.parts.iter().map(|&p| (p, -1)))
}

fn walk(
    system: &System,
    value: &mut Vec<Option<u64>>,
    seen: &mut Vec<std::collections::BTreeSet<u64>>,
    cap: u64,
) {
    // Check the equations; fill in a count that one of them forces.
    let mut forced = Vec::new();
    loop {
        let mut progress = false;
        for e in &system.equations {
            let open: Vec<(usize, i64)> = members(e).filter(|(q, _)| value[*q].is_none()).collect();
            let known: i64 = members(e)
                .filter_map(|(q, sign)| value[q].map(|v| sign * v as i64))
                .sum();
            match open.as_slice() {
                [] if known != 0 => {
                    undo(value, &forced);
                    return;
                }
                [(q, sign)] => {
                    let v = -known * sign;
                    let (low, high) = system.bounds(*q);
                    if v < 0 || (v as u64) < low || (v as u64) > high.min(cap) {
                        undo(value, &forced);
                        return;
                    }
                    value[*q] = Some(v as u64);
                    forced.push(*q);
                    progress = true;
                }
                _ => {}
            }
        }
        if !progress {
            break;
        }
    }
    match (0..value.len()).find(|&q| value[q].is_none()) {
        None => {
            let sum = |qs: &[usize]| qs.iter().map(|&q| value[q].unwrap()).sum::<u64>();
            if system
                .at_least
                .iter()
                .any(|a| sum(&a.larger) < sum(&a.smaller))
            {
                undo(value, &forced);
                return;
            }
            for q in 0..value.len() {
                if system.marks[q] != Mark::Shown {
                    seen[q].insert(value[q].unwrap());
                }
            }
        }
        Some(q) => {
            let (low, high) = system.bounds(q);
            for v in low..=high.min(cap) {
                value[q] = Some(v);
                walk(system, value, seen, cap);
            }
            value[q] = None;
        }
    }
    undo(value, &forced);
}

fn undo(value: &mut [Option<u64>], forced: &[usize]) {
    for &q in forced {
        value[q] = None;
    }
}

/// Checks a system by brute force; false where it has too many hidden counts to enumerate
/// in a test's time.
fn assert_nothing_derivable(system: &System, case: &str) -> bool {
    if system.marks.iter().filter(|m| **m != Mark::Shown).count() > 8 {
        return false;
    }
    // A second solution the audit finds moves each count by one at most; a reader's other
    // solutions may go further, so finding two within the cap proves the point.
    let cap = system.values.iter().max().copied().unwrap_or(0) + 1;
    let seen = possible_values(system, cap);
    for (i, seen) in seen.iter().enumerate() {
        if system.marks[i] == Mark::Shown {
            assert!(
                system.values[i] == 0 || system.values[i] >= system.threshold || system.fixed[i],
                "{case}: a small count shown at {i}"
            );
        } else {
            assert!(
                seen.contains(&system.values[i]),
                "{case}: the truth is a solution"
            );
            assert!(
                seen.len() >= 2,
                "{case}: quantity {i} (true {}) can be worked out: {:?}\n{system:?}",
                system.values[i],
                seen
            );
        }
    }
    true
}

/// Quantities of a family: `rows` values (+ a total row when they add up) over the
/// `periods` (quarters) and, with `year`, the year they add up to.
struct Family {
    values: Vec<u64>,
    equations: Vec<Equation>,
    /// `index[row][column]`; the last row is the total, the last column the year.
    index: Vec<Vec<usize>>,
}

fn family(dice: &mut Dice, rows: usize, periods: usize, year: bool, adds_up: bool) -> Family {
    let columns = periods + usize::from(year);
    let mut grid: Vec<Vec<u64>> = (0..rows)
        .map(|_| (0..periods).map(|_| dice.count()).collect())
        .collect();
    // The total row: the sum where the rows add up, else counted on its own (a person may
    // have several values).
    let total: Vec<u64> = (0..periods)
        .map(|p| {
            let sum: u64 = grid.iter().map(|row| row[p]).sum();
            if adds_up {
                sum
            } else {
                sum.div_ceil(2)
            }
        })
        .collect();
    grid.push(total);
    if year {
        for row in &mut grid {
            row.push(row.iter().sum());
        }
    }
    let mut values = Vec::new();
    let index: Vec<Vec<usize>> = grid
        .iter()
        .map(|row| {
            row.iter()
                .map(|&v| {
                    values.push(v);
                    values.len() - 1
                })
                .collect()
        })
        .collect();
    let mut equations = Vec::new();
    if adds_up {
        for (c, &sum) in index[rows].iter().enumerate().take(columns) {
            equations.push(Equation {
                sum,
                parts: index[..rows].iter().map(|row| row[c]).collect(),
            });
        }
    }
    if year {
        for row in &index {
            equations.push(Equation {
                sum: row[periods],
                parts: row[..periods].to_vec(),
            });
        }
    }
    Family {
        values,
        equations,
        index,
    }
}

#[test]
fn no_hidden_count_of_a_generated_table_can_be_worked_out() {
    let mut dice = Dice(0x9e37_79b9_7f4a_7c15);
    let (mut hidden_some, mut checked) = (0, 0);
    for case in 0..600 {
        let rows = 2 + dice.roll(2) as usize;
        let periods = 1 + dice.roll(3) as usize;
        let year = periods > 1 && dice.roll(3) > 0;
        let adds_up = dice.roll(4) > 0;
        let f = family(&mut dice, rows, periods, year, adds_up);
        let mut system = System::new(f.values, f.equations, DEFAULT_THRESHOLD);
        if let Err(e) = system.protect() {
            panic!("case {case}: {e:?} {system:?}");
        }
        if assert_nothing_derivable(&system, &format!("case {case}")) {
            checked += 1;
            hidden_some += usize::from(system.marks.contains(&Mark::Hidden));
        }
    }
    assert!(checked > 300, "most cases were enumerated ({checked})");
    assert!(
        hidden_some > 30,
        "secondary suppression was needed and tested ({hidden_some})"
    );
}

#[test]
fn a_later_period_keeps_what_was_published_and_protects_the_family() {
    let mut dice = Dice(0x2545_f491_4f6c_dd1d);
    let (mut refused, mut checked) = (0, 0);
    for case in 0..300 {
        let rows = 2 + dice.roll(2) as usize;
        let adds_up = dice.roll(4) > 0;
        let f = family(&mut dice, rows, 2, true, adds_up);
        // First the first quarter alone: its column and, where rows add up, its total.
        let first: Vec<usize> = f.index.iter().map(|row| row[0]).collect();
        let mut alone = System::new(
            first.iter().map(|&i| f.values[i]).collect(),
            f.equations
                .iter()
                .filter(|e| first.contains(&e.sum) && e.parts.iter().all(|p| first.contains(p)))
                .map(|e| Equation {
                    sum: first.iter().position(|&i| i == e.sum).unwrap(),
                    parts: e
                        .parts
                        .iter()
                        .map(|p| first.iter().position(|i| i == p).unwrap())
                        .collect(),
                })
                .collect(),
            DEFAULT_THRESHOLD,
        );
        alone.protect().unwrap();
        assert_nothing_derivable(&alone, &format!("case {case}, the quarter"));
        // Then the year with all its quarters, the first one's marks as published.
        let mut family = System::new(f.values.clone(), f.equations.clone(), DEFAULT_THRESHOLD);
        for (k, &i) in first.iter().enumerate() {
            family.marks[i] = alone.marks[k];
            family.fixed[i] = true;
        }
        match family.protect() {
            Ok(()) => {
                for (k, &i) in first.iter().enumerate() {
                    assert_eq!(
                        family.marks[i], alone.marks[k],
                        "case {case}: published marks kept"
                    );
                }
                checked += usize::from(assert_nothing_derivable(
                    &family,
                    &format!("case {case}, the year"),
                ));
            }
            Err(_) => refused += 1,
        }
    }
    assert!(
        refused < 15,
        "the year can nearly always be published ({refused} refused)"
    );
    assert!(checked > 100, "enough years were enumerated ({checked})");
}

#[test]
fn zero_stays_zero_and_large_counts_stay_shown_where_nothing_is_small() {
    let mut system = System::new(
        vec![12, 0, 5, 7],
        vec![Equation {
            sum: 0,
            parts: vec![1, 2, 3],
        }],
        DEFAULT_THRESHOLD,
    );
    system.protect().unwrap();
    assert_eq!(system.marks, vec![Mark::Shown; 4]);
    let mut one_small = System::new(
        vec![12, 0, 2, 10],
        vec![Equation {
            sum: 0,
            parts: vec![1, 2, 3],
        }],
        DEFAULT_THRESHOLD,
    );
    one_small.protect().unwrap();
    assert_eq!(
        one_small.marks,
        [Mark::Shown, Mark::Shown, Mark::Small, Mark::Hidden]
    );
}

#[test]
fn what_a_reader_knows_without_an_equation_is_kept_too() {
    // Every person names a district: two districts of "< 3" under a total of 4 would be 2 and 2.
    let mut system = System::new(vec![4, 2, 2, 0], Vec::new(), DEFAULT_THRESHOLD);
    system.at_least = vec![AtLeast {
        larger: vec![1, 2, 3],
        smaller: vec![0],
    }];
    system.at_least.extend((1..4).map(|q| AtLeast {
        larger: vec![0],
        smaller: vec![q],
    }));
    system.protect().unwrap();
    assert!(
        system.marks.contains(&Mark::Hidden),
        "a further count is hidden"
    );
    assert!(assert_nothing_derivable(&system, "districts"));
}
