//! Walking two sorted lists together: the merge that every comparison of two passages rests on (shared
//! terms, shared word pairs, shared candidates).

/// Calls `matched` with the two items of every key that the lists `x` and `y` (each sorted by `key`,
/// keys distinct) share, in key order, until it returns `false`.
pub fn for_each_common<T, K: Ord>(x: &[T], y: &[T], key: impl Fn(&T) -> K, mut matched: impl FnMut(&T, &T) -> bool) {
    let (mut i, mut j) = (0, 0);
    while i < x.len() && j < y.len() {
        match key(&x[i]).cmp(&key(&y[j])) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                if !matched(&x[i], &y[j]) {
                    return;
                }
                i += 1;
                j += 1;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn visits_the_common_keys_in_order_and_stops_when_asked() {
        let (x, y) = ([1u32, 3, 4, 7, 9], [2u32, 3, 7, 8, 9]);
        let mut seen = Vec::new();
        for_each_common(
            &x,
            &y,
            |&v| v,
            |&a, _| {
                seen.push(a);
                true
            },
        );
        assert_eq!(seen, [3, 7, 9]);
        let mut first_two = Vec::new();
        for_each_common(
            &x,
            &y,
            |&v| v,
            |&a, _| {
                first_two.push(a);
                first_two.len() < 2
            },
        );
        assert_eq!(first_two, [3, 7]);
    }
}
