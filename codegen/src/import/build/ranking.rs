//! The order of `scopes:`, least privileged first, and why: the pages' rows rank what they
//! can, Microsoft's privilege level ranks what they leave, and the spec's own order stands
//! where neither ranks. The generated `Scope` enum, `BY_PRIVILEGE` (what `minimal` prefers)
//! and the typed scopes' `Granted` parameters follow this order.

use super::super::doc::Source;

/// The scopes the pages name, least privileged first, with what ranks them.
#[derive(Debug, Default)]
pub(crate) struct Ranking {
    /// Least privileged first.
    pub order: Vec<String>,
    /// Every row that names the scopes (its least privileged first), and where it is.
    rows: Vec<(Vec<String>, Option<Source>)>,
    /// The data's privilege level of each scope of `order`, where it gives one.
    levels: Vec<Option<u32>>,
}

impl Ranking {
    /// Ranks `names` (first seen first) by `rows`: a row names its least privileged scope
    /// first (the order of the others is not a ranking), so a scope goes before another when
    /// more rows name it first with the other after it than the other way round. The scopes
    /// are then taken in that order (a topological order); where it leaves a choice, the lower
    /// privilege level of Microsoft's data goes first (a scope the data does not rank after
    /// those it does), then the one earlier in the spec's `scopes:` (`spec`), then, or where
    /// rows contradict each other, the first named.
    pub fn new(
        names: &[String],
        rows: Vec<(Vec<String>, Option<Source>)>,
        level: impl Fn(&str) -> Option<u32>,
        spec: &[String],
    ) -> Ranking {
        let n = names.len();
        let mut ranking = Ranking {
            order: Vec::with_capacity(n),
            rows,
            levels: Vec::new(),
        };
        let levels: Vec<Option<u32>> = names.iter().map(|s| level(s)).collect();
        let in_spec = |x: usize| {
            spec.iter()
                .position(|s| *s == names[x])
                .unwrap_or(usize::MAX)
        };
        // before[a][b]: a goes before b.
        let before: Vec<Vec<bool>> = (0..n)
            .map(|a| {
                (0..n)
                    .map(|b| ranking.ranks(&names[a], &names[b]))
                    .collect()
            })
            .collect();
        let mut left: Vec<usize> = (0..n).collect();
        while !left.is_empty() {
            let waiting = |x: usize| left.iter().filter(|&&y| before[y][x]).count();
            let next = left
                .iter()
                .copied()
                .min_by_key(|&x| (waiting(x), levels[x].unwrap_or(u32::MAX), in_spec(x), x))
                .expect("not empty");
            left.retain(|&x| x != next);
            ranking.order.push(names[next].clone());
            ranking.levels.push(levels[next]);
        }
        ranking
    }

    /// How many rows name `a` first with `b` after it, and one of them.
    fn first_before(&self, a: &str, b: &str) -> (usize, Option<&Source>) {
        let mut found = self
            .rows
            .iter()
            .filter(|(r, _)| r.first().is_some_and(|f| f == a) && r[1..].iter().any(|s| s == b));
        let first = found.next();
        let count = first.map(|_| 1 + found.count()).unwrap_or(0);
        (count, first.and_then(|(_, s)| s.as_ref()))
    }

    /// Whether the rows put `a` before `b`.
    fn ranks(&self, a: &str, b: &str) -> bool {
        a != b && self.first_before(a, b).0 > self.first_before(b, a).0
    }

    fn level(&self, scope: &str) -> Option<u32> {
        let at = self.order.iter().position(|s| s == scope)?;
        self.levels[at]
    }

    /// Why the order puts scopes before others that the spec's `scopes:` (`spec`) lists
    /// first, as a sentence's end: the rows that rank such a pair (or that rank the later
    /// one after a third scope), then the privilege levels that rank the others; `None` when
    /// the spec's order of the scopes both name is this one.
    pub fn why_not(&self, spec: &[String]) -> Option<String> {
        let at = |s: &str| spec.iter().position(|x| x == s);
        let mut reasons: Vec<String> = Vec::new();
        let mut by_level: Vec<&str> = Vec::new();
        for (i, a) in self.order.iter().enumerate() {
            let Some(pa) = at(a) else { continue };
            for b in &self.order[i + 1..] {
                if at(b).is_none_or(|pb| pb >= pa) {
                    continue;
                }
                let lower = self.level(a).unwrap_or(u32::MAX) < self.level(b).unwrap_or(u32::MAX);
                let reason = match self.rows_for(a, b, i) {
                    Some((c, d)) if c == a || !lower => self.rows_reason(c, d),
                    _ if lower => {
                        for s in [a, b] {
                            if !by_level.contains(&s.as_str()) {
                                by_level.push(s);
                            }
                        }
                        continue;
                    }
                    _ => format!("nothing ranks `{a}` and `{b}`; `{a}` is named first"),
                };
                if !reasons.contains(&reason) {
                    reasons.push(reason);
                }
            }
        }
        if !by_level.is_empty() {
            by_level.sort_by_key(|s| self.order.iter().position(|o| o == s));
            let levels: Vec<String> = by_level
                .iter()
                .map(|s| match self.level(s) {
                    Some(l) => format!("`{s}` {l}"),
                    None => format!("`{s}` none"),
                })
                .collect();
            reasons.push(format!(
                "Microsoft's privilege level, lower first: {}",
                levels.join(", ")
            ));
        }
        (!reasons.is_empty()).then(|| reasons.join("; "))
    }

    /// The rows' pair that puts `a` (at `i` in the order) before `b`: `(a, b)` itself, or
    /// `(c, b)` for a scope `c` after `a` that `b` waits for.
    fn rows_for<'s>(&'s self, a: &'s str, b: &'s str, i: usize) -> Option<(&'s str, &'s str)> {
        if self.ranks(a, b) {
            return Some((a, b));
        }
        self.order[i + 1..]
            .iter()
            .find(|c| c.as_str() != b && self.ranks(c, b))
            .map(|c| (c.as_str(), b))
    }

    fn rows_reason(&self, a: &str, b: &str) -> String {
        let (n, source) = self.first_before(a, b);
        let (other, _) = self.first_before(b, a);
        let rows = if n == 1 { "row names" } else { "rows name" };
        let against = match other {
            0 => String::new(),
            m => format!(", {m} the other way round"),
        };
        let at = source.map(|s| format!(", e.g. {s}")).unwrap_or_default();
        format!("{n} {rows} `{a}` first with `{b}` after it{against}{at}")
    }
}

#[cfg(test)]
mod tests {
    use super::Ranking;

    fn names(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| (*s).to_owned()).collect()
    }

    fn level(s: &str) -> Option<u32> {
        match s {
            "Narrow" => Some(2),
            "Selected" => Some(3),
            "Wide.All" | "Full.All" => Some(4),
            _ => None,
        }
    }

    /// The rows rank what they can (a row's first scope before the rest of it); the data's
    /// privilege level ranks the others; without it, the first named goes first.
    #[test]
    fn rows_first_then_the_datas_level_then_the_first_named() {
        let seen = names(&["Wide.All", "Narrow", "Selected", "Full.All"]);
        let rows = vec![(names(&["Narrow", "Wide.All"]), None)];
        assert_eq!(
            Ranking::new(&seen, rows.clone(), level, &[]).order,
            names(&["Narrow", "Selected", "Wide.All", "Full.All"])
        );
        assert_eq!(
            Ranking::new(&seen, rows, |_| None, &[]).order,
            names(&["Narrow", "Wide.All", "Selected", "Full.All"])
        );
    }

    /// Where neither the rows nor the data rank two scopes, the spec's order stands: a
    /// difference is only ever what the pages or the data say.
    #[test]
    fn the_specs_order_stands_where_nothing_ranks() {
        let seen = names(&["Wide.All", "Narrow", "Selected", "Full.All"]);
        let rows = vec![(names(&["Narrow", "Wide.All"]), None)];
        let spec = names(&["Full.All", "Selected", "Wide.All", "Narrow"]);
        let without = Ranking::new(&seen, rows.clone(), |_| None, &spec);
        assert_eq!(
            without.order,
            names(&["Full.All", "Selected", "Narrow", "Wide.All"])
        );
        assert_eq!(
            without.why_not(&spec).as_deref(),
            Some("1 row names `Narrow` first with `Wide.All` after it")
        );
        let with = Ranking::new(&seen, rows, level, &spec);
        assert_eq!(
            with.order,
            names(&["Narrow", "Selected", "Full.All", "Wide.All"])
        );
        assert_eq!(
            with.why_not(&spec).as_deref(),
            Some("1 row names `Narrow` first with `Wide.All` after it; Microsoft's privilege level, lower first: `Narrow` 2, `Selected` 3, `Full.All` 4")
        );
        // The order the pages give, as the spec: nothing to say.
        assert_eq!(with.why_not(&with.order), None);
    }
}
