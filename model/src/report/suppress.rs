//! No one singled out: which counts a printed, exported or published report hides.
//!
//! Every count shown is a quantity; what a reader can add up is an equation between them (a
//! table's rows add up to its total, a year's quarters to the year, a period's months to the
//! period). A count of 1 or 2 (below the threshold) is shown as "< 3" (`Mark::Small`); a
//! further count is hidden ("•", `Mark::Hidden`) where the hidden ones could otherwise be
//! worked out (secondary suppression). Zero stays 0.
//!
//! A reader knows the shown counts exactly, that a "< 3" is 1 to threshold − 1 and that a
//! "•" is at least 1 (it may be a small count that had to be hidden more, where a "< 3"
//! would still give it away). A hidden count is safe when the reader
//! cannot pin it down: there is a second set of values for the hidden counts, each within
//! what the reader knows of it, that satisfies every equation and differs in that count. The
//! audit looks for exactly such a second set (a move of ±1 along hidden counts that keeps
//! every equation), so a count it passes is provably not derivable; where it finds none, one
//! more count is hidden and the audit runs again. The tests check the audit by brute force.

use serde::{Deserialize, Serialize};

/// How a count leaves the area.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Mark {
    Shown,
    /// Below the threshold: "< 3".
    Small,
    /// Hidden so that no small one can be worked out: "•".
    Hidden,
}

/// The count at `sum` equals the counts at `parts` added up.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Equation {
    pub sum: usize,
    pub parts: Vec<usize>,
}

/// What a reader knows without an equation: the counts at `larger` add up to at least those
/// at `smaller` (every person names at least one district: the districts add up to at least
/// the total; none of them exceeds it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AtLeast {
    pub larger: Vec<usize>,
    pub smaller: Vec<usize>,
}

/// Quantities (their true counts), the equations a reader sees between them, and the marks.
#[derive(Debug, Clone)]
pub struct System {
    pub values: Vec<u64>,
    pub equations: Vec<Equation>,
    pub at_least: Vec<AtLeast>,
    pub marks: Vec<Mark>,
    /// Marks already published: they cannot change.
    pub fixed: Vec<bool>,
    pub threshold: u64,
}

/// The default threshold: counts of 1 and 2 are shown as "< 3", as the Bundesagentur für
/// Arbeit's statistics do.
pub const DEFAULT_THRESHOLD: u64 = 3;

/// How many steps the audit may take to find a second solution for one count; where it
/// needs more, the count is treated as exposed and one more count is hidden.
const SEARCH_BUDGET: u32 = 4_000;

/// No protection exists without hiding counts that were published already.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unprotectable {
    pub quantity: usize,
}

impl System {
    /// Quantities with `values`, none published yet.
    pub fn new(values: Vec<u64>, equations: Vec<Equation>, threshold: u64) -> System {
        let n = values.len();
        System {
            values,
            equations,
            at_least: Vec::new(),
            marks: vec![Mark::Shown; n],
            fixed: vec![false; n],
            threshold: threshold.max(1),
        }
    }

    /// Marks every count below the threshold, then hides further counts until the audit
    /// passes every hidden one.
    pub fn protect(&mut self) -> Result<(), Unprotectable> {
        for i in 0..self.values.len() {
            if !self.fixed[i] && (1..self.threshold).contains(&self.values[i]) {
                self.marks[i] = Mark::Small;
            }
            // A published mark that no longer fits its count (counted later) cannot stand.
            let (low, high) = self.bounds(i);
            if self.fixed[i] && !(low..=high).contains(&self.values[i]) {
                return Err(Unprotectable { quantity: i });
            }
        }
        // What a reader would assume but the counts do not bear out (a need erased with its
        // answers counted) gives nothing away: only what holds is kept.
        let values = self.values.clone();
        let holds = |qs: &[usize]| qs.iter().map(|&q| values[q]).sum::<u64>();
        self.at_least
            .retain(|a| holds(&a.larger) >= holds(&a.smaller));
        self.equations
            .retain(|e| values[e.sum] == e.parts.iter().map(|&p| values[p]).sum::<u64>());
        let incidence = self.incidence();
        // A second solution found stays one when more counts are hidden (it moves only
        // hidden counts, within what is known of them), so each count is audited until safe.
        let mut waiting: Vec<usize> = (0..self.values.len())
            .filter(|&i| self.marks[i] != Mark::Shown)
            .collect();
        while let Some(target) = waiting.pop() {
            if self.is_safe(target, &incidence) {
                continue;
            }
            let extra = self
                .candidate(target, &incidence)
                .ok_or(Unprotectable { quantity: target })?;
            self.marks[extra] = Mark::Hidden;
            waiting.extend([extra, target]);
        }
        Ok(())
    }

    /// For each quantity, its equations and its sign in them (+1 the sum, −1 a part).
    fn incidence(&self) -> Vec<Vec<(usize, i8)>> {
        let mut incidence = vec![Vec::new(); self.values.len()];
        for (e, equation) in self.equations.iter().enumerate() {
            incidence[equation.sum].push((e, 1));
            for &part in &equation.parts {
                incidence[part].push((e, -1));
            }
        }
        incidence
    }

    /// What a reader knows of a quantity: the least and the most it can be.
    pub fn bounds(&self, i: usize) -> (u64, u64) {
        match self.marks[i] {
            Mark::Shown => (self.values[i], self.values[i]),
            Mark::Small => (1, self.threshold - 1),
            // A further count hidden, or a small one that had to be: never zero.
            Mark::Hidden => (1, u64::MAX),
        }
    }

    fn can_move(&self, i: usize, step: i8) -> bool {
        let (low, high) = self.bounds(i);
        let value = self.values[i];
        if step > 0 {
            value < high
        } else {
            value > low
        }
    }

    /// Whether a second solution exists that differs in `target`.
    pub fn is_safe(&self, target: usize, incidence: &[Vec<(usize, i8)>]) -> bool {
        [1i8, -1].into_iter().any(|step| {
            if !self.can_move(target, step) {
                return false;
            }
            let mut search = Search {
                system: self,
                incidence,
                moved: vec![0; self.values.len()],
                path: Vec::new(),
                residual: vec![0; self.equations.len()],
                budget: SEARCH_BUDGET,
            };
            search.apply(target, step);
            search.balance()
        })
    }

    /// The count to hide next for `target`, nearest first: a shown, unpublished one in an
    /// equation with it (or, where there is none, in one with a hidden count of those), the
    /// smallest first; where only small ones are near, a "< 3" becomes a "•" (a reader then
    /// knows less of it).
    fn candidate(&self, target: usize, incidence: &[Vec<(usize, i8)>]) -> Option<usize> {
        let mut reached = vec![false; self.values.len()];
        let mut frontier = vec![target];
        reached[target] = true;
        let smallest = |best: Option<usize>, other: usize| match best {
            Some(b) if self.values[b] <= self.values[other] => Some(b),
            _ => Some(other),
        };
        while !frontier.is_empty() {
            let mut next = Vec::new();
            let (mut shown, mut small): (Option<usize>, Option<usize>) = (None, None);
            for &q in &frontier {
                // Its neighbours: what shares an equation or an "at least" with it.
                let equations = incidence[q].iter().flat_map(|&(e, _)| {
                    let equation = &self.equations[e];
                    std::iter::once(equation.sum).chain(equation.parts.iter().copied())
                });
                let known = self
                    .at_least
                    .iter()
                    .filter(|a| a.larger.contains(&q) || a.smaller.contains(&q))
                    .flat_map(|a| a.larger.iter().chain(&a.smaller).copied());
                let neighbours: Vec<usize> = equations.chain(known).collect();
                {
                    for other in neighbours {
                        if reached[other] {
                            continue;
                        }
                        reached[other] = true;
                        if self.marks[other] != Mark::Shown {
                            next.push(other);
                        }
                        if self.fixed[other] || self.values[other] == 0 {
                            continue;
                        }
                        match self.marks[other] {
                            Mark::Shown => shown = smallest(shown, other),
                            Mark::Small => small = smallest(small, other),
                            Mark::Hidden => {}
                        }
                    }
                }
            }
            if let Some(found) = shown.or(small) {
                return Some(found);
            }
            frontier = next;
        }
        // Last: the small count itself, where its own bound gives it away.
        (self.marks[target] == Mark::Small && !self.fixed[target]).then_some(target)
    }
}

impl Search<'_> {
    /// With every equation kept: whether the moved counts keep every "at least" a reader
    /// knows, moving one more hidden count where one does not (and balancing again).
    fn repair_what_is_known(&mut self) -> bool {
        let moved = |search: &Self, qs: &[usize]| -> i64 {
            qs.iter()
                .map(|&q| search.system.values[q] as i64 + i64::from(search.moved[q]))
                .sum()
        };
        let broken = self
            .system
            .at_least
            .iter()
            .find(|a| moved(self, &a.larger) < moved(self, &a.smaller));
        let Some(broken) = broken else {
            return true;
        };
        let options: Vec<(usize, i8)> = broken
            .larger
            .iter()
            .map(|&q| (q, 1i8))
            .chain(broken.smaller.iter().map(|&q| (q, -1i8)))
            .collect();
        self.try_moves(options)
    }
}

/// The search for a move that keeps every equation: each quantity moves by at most one.
struct Search<'a> {
    system: &'a System,
    incidence: &'a [Vec<(usize, i8)>],
    moved: Vec<i8>,
    /// The quantities moved, in order: only their equations can be out of balance.
    path: Vec<usize>,
    /// Per equation: how far the sum's move exceeds the parts' moves.
    residual: Vec<i64>,
    budget: u32,
}

impl Search<'_> {
    fn apply(&mut self, q: usize, step: i8) {
        self.moved[q] += step;
        if self.moved[q] == 0 {
            self.path.pop();
        } else {
            self.path.push(q);
        }
        for &(e, sign) in &self.incidence[q] {
            self.residual[e] += i64::from(sign) * i64::from(step);
        }
    }

    fn balance(&mut self) -> bool {
        if self.budget == 0 {
            return false;
        }
        self.budget -= 1;
        let unbalanced = self
            .path
            .iter()
            .flat_map(|&q| &self.incidence[q])
            .map(|&(e, _)| e)
            .find(|&e| self.residual[e] != 0);
        let Some(e) = unbalanced else {
            return self.repair_what_is_known();
        };
        let need = -self.residual[e].signum();
        let equation = &self.system.equations[e];
        // Each member moves so that its sign times its step is `need`.
        let need = need as i8;
        let options: Vec<(usize, i8)> = std::iter::once((equation.sum, need))
            .chain(equation.parts.iter().map(|&p| (p, -need)))
            .collect();
        self.try_moves(options)
    }

    /// Tries each move in turn (a hidden count not moved yet, within what is known of it),
    /// balancing again after it and taking it back where that fails.
    fn try_moves(&mut self, options: Vec<(usize, i8)>) -> bool {
        for (q, step) in options {
            if self.moved[q] != 0
                || self.system.marks[q] == Mark::Shown
                || !self.system.can_move(q, step)
            {
                continue;
            }
            self.apply(q, step);
            if self.balance() {
                return true;
            }
            self.apply(q, -step);
            if self.budget == 0 {
                return false;
            }
        }
        false
    }
}

#[cfg(test)]
#[path = "suppress_tests.rs"]
mod tests;
