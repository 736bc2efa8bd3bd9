//! Which properties must be boxed: a struct that holds itself, directly or through other
//! structs without a collection in between, would have infinite size.

use crate::model::{Id, Model, Type};

/// For each resource, which of its properties are boxed. With an edge from each resource to
/// the resources its properties hold, property `i → t` leads back exactly when `i` and `t`
/// are in one strongly connected component; those are found in linear time (Kosaraju, with
/// explicit stacks: a chain of thousands of resources is no deep recursion).
pub(super) fn boxed(model: &Model) -> Vec<Vec<bool>> {
    let edges: Vec<Vec<usize>> = model
        .resources
        .iter()
        .map(|r| r.properties.iter().filter_map(|p| target(&p.ty)).collect())
        .collect();
    let component = components(&edges);
    model
        .resources
        .enumerate()
        .map(|(i, r)| {
            r.properties
                .iter()
                .map(|p| {
                    target(&p.ty).is_some_and(|t| component.get(t) == component.get(i.index()))
                })
                .collect()
        })
        .collect()
}

/// The resource a property holds directly (not in a collection).
fn target(ty: &Type) -> Option<usize> {
    match ty {
        Type::Resource(t) => Some(t.index()),
        _ => None,
    }
}

/// The strongly connected component of each node.
fn components(edges: &[Vec<usize>]) -> Vec<usize> {
    let n = edges.len();
    let mut reverse: Vec<Vec<usize>> = vec![Vec::new(); n];
    for (from, targets) in edges.iter().enumerate() {
        for &to in targets.iter().filter(|&&to| to < n) {
            reverse[to].push(from);
        }
    }
    // Pass 1: the order in which depth-first searches finish.
    let mut order = Vec::with_capacity(n);
    let mut visited = vec![false; n];
    for root in 0..n {
        if visited[root] {
            continue;
        }
        visited[root] = true;
        let mut stack = vec![(root, 0usize)];
        while let Some((node, next)) = stack.pop() {
            match edges[node].get(next) {
                Some(&to) => {
                    stack.push((node, next + 1));
                    if to < n && !visited[to] {
                        visited[to] = true;
                        stack.push((to, 0));
                    }
                }
                None => order.push(node),
            }
        }
    }
    // Pass 2: on the reversed graph, latest finished first; each search is one component.
    let mut component = vec![usize::MAX; n];
    for (c, &root) in order.iter().rev().enumerate() {
        if component[root] != usize::MAX {
            continue;
        }
        component[root] = c;
        let mut stack = vec![root];
        while let Some(node) = stack.pop() {
            for &from in &reverse[node] {
                if component[from] == usize::MAX {
                    component[from] = c;
                    stack.push(from);
                }
            }
        }
    }
    component
}

#[cfg(test)]
mod tests {
    use super::components;

    #[test]
    fn a_cycle_is_one_component() {
        // 0 → 1 → 2 → 0, 3 → 0
        let c = components(&[vec![1], vec![2], vec![0], vec![0]]);
        assert_eq!(c[0], c[1]);
        assert_eq!(c[1], c[2]);
        assert_ne!(c[3], c[0]);
    }
}
