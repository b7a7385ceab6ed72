//! Near-miss name suggestions, as CPython computes them: the weighted
//! Levenshtein pick behind "Did you mean ...?" (Python/suggestions.c) and
//! `difflib.get_close_matches`. The keyword-typo hint of a SyntaxError uses
//! both; NameError and AttributeError hints use the first.

/// Cost of inserting, deleting or replacing a byte.
const MOVE_COST: usize = 2;
/// Cost of replacing an ASCII letter by the same letter in the other case.
const CASE_COST: usize = 1;
/// Longer strings (after trimming common affixes) never match.
const MAX_STRING_SIZE: usize = 40;
/// Candidate lists this long are not searched at all.
const MAX_CANDIDATE_ITEMS: usize = 750;

fn substitution_cost(a: u8, b: u8) -> usize {
    if a & 31 != b & 31 {
        MOVE_COST
    } else if a == b {
        0
    } else if a.eq_ignore_ascii_case(&b) {
        CASE_COST
    } else {
        MOVE_COST
    }
}

/// The weighted edit distance between two UTF-8 strings, or `max_cost + 1`
/// as soon as it is known to exceed `max_cost`.
fn levenshtein_distance<'s>(mut a: &'s [u8], mut b: &'s [u8], max_cost: usize) -> usize {
    while let (Some(x), Some(y)) = (a.first(), b.first()) {
        if x != y {
            break;
        }
        a = &a[1..];
        b = &b[1..];
    }
    while let (Some(x), Some(y)) = (a.last(), b.last()) {
        if x != y {
            break;
        }
        a = &a[..a.len() - 1];
        b = &b[..b.len() - 1];
    }
    if a.is_empty() || b.is_empty() {
        return (a.len() + b.len()) * MOVE_COST;
    }
    if a.len() > MAX_STRING_SIZE || b.len() > MAX_STRING_SIZE {
        return max_cost + 1;
    }
    if b.len() < a.len() {
        std::mem::swap(&mut a, &mut b);
    }
    if (b.len() - a.len()) * MOVE_COST > max_cost {
        return max_cost + 1;
    }
    // One row of the classic matrix, updated in place.
    let mut row = [0usize; MAX_STRING_SIZE];
    for (i, cell) in row.iter_mut().take(a.len()).enumerate() {
        *cell = (i + 1) * MOVE_COST;
    }
    let mut result = 0;
    for (b_index, &code) in b.iter().enumerate() {
        let mut distance = b_index * MOVE_COST;
        result = distance;
        let mut minimum = usize::MAX;
        for (index, &ch) in a.iter().enumerate() {
            let substitute = distance + substitution_cost(code, ch);
            distance = row[index];
            let insert_delete = result.min(distance) + MOVE_COST;
            result = insert_delete.min(substitute);
            row[index] = result;
            minimum = minimum.min(result);
        }
        if minimum > max_cost {
            return max_cost + 1;
        }
    }
    result
}

/// The candidate closest to `name`, if one is close enough: at most a
/// third of the characters involved may need changing.
pub fn best_suggestion<'c>(candidates: &[&'c str], name: &str) -> Option<&'c str> {
    if candidates.len() >= MAX_CANDIDATE_ITEMS {
        return None;
    }
    let mut best: Option<(&str, usize)> = None;
    for &item in candidates {
        if item == name {
            continue;
        }
        let mut max_distance = (name.len() + item.len() + 3) * MOVE_COST / 6;
        if let Some((_, best_distance)) = best {
            // Matches already beaten are not taken.
            max_distance = max_distance.min(best_distance.saturating_sub(1));
        }
        let distance = levenshtein_distance(name.as_bytes(), item.as_bytes(), max_distance);
        if distance > max_distance {
            continue;
        }
        if best.is_none_or(|(_, d)| distance < d) {
            best = Some((item, distance));
        }
    }
    best.map(|(item, _)| item)
}

/// `difflib.SequenceMatcher(None, a, b).ratio()` over characters.
fn sequence_ratio(a: &[char], b: &[char]) -> f64 {
    let total = a.len() + b.len();
    if total == 0 {
        return 1.0;
    }
    2.0 * matching_characters(a, b) as f64 / total as f64
}

/// The total size of difflib's matching blocks: the longest common
/// substring (earliest in `a`, then in `b`), then recursively the same to
/// its left and to its right.
fn matching_characters(a: &[char], b: &[char]) -> usize {
    let mut total = 0;
    let mut queue = vec![(0, a.len(), 0, b.len())];
    while let Some((alo, ahi, blo, bhi)) = queue.pop() {
        let (i, j, k) = longest_match(a, b, alo, ahi, blo, bhi);
        if k == 0 {
            continue;
        }
        total += k;
        if alo < i && blo < j {
            queue.push((alo, i, blo, j));
        }
        if i + k < ahi && j + k < bhi {
            queue.push((i + k, ahi, j + k, bhi));
        }
    }
    total
}

fn longest_match(
    a: &[char],
    b: &[char],
    alo: usize,
    ahi: usize,
    blo: usize,
    bhi: usize,
) -> (usize, usize, usize) {
    let (mut best_i, mut best_j, mut best_size) = (alo, blo, 0);
    // lengths[j]: length of the match ending at a[i - 1], b[j].
    let mut lengths = vec![0usize; b.len() + 1];
    for (i, &ai) in a.iter().enumerate().take(ahi).skip(alo) {
        let mut next = vec![0usize; b.len() + 1];
        for (j, &bj) in b.iter().enumerate().take(bhi).skip(blo) {
            if ai != bj {
                continue;
            }
            let k = if j > 0 { lengths[j - 1] } else { 0 } + 1;
            next[j] = k;
            if k > best_size {
                best_i = i + 1 - k;
                best_j = j + 1 - k;
                best_size = k;
            }
        }
        lengths = next;
    }
    (best_i, best_j, best_size)
}

/// `difflib.get_close_matches(word, possibilities, n, cutoff)`: the best
/// `n` possibilities scoring at least `cutoff`, best first (ties: the
/// greater string first).
pub fn close_matches<'p>(
    word: &str,
    possibilities: &[&'p str],
    n: usize,
    cutoff: f64,
) -> Vec<&'p str> {
    let word: Vec<char> = word.chars().collect();
    let mut scored: Vec<(f64, &str)> = possibilities
        .iter()
        .filter_map(|&x| {
            let x_chars: Vec<char> = x.chars().collect();
            let score = sequence_ratio(&x_chars, &word);
            (score >= cutoff).then_some((score, x))
        })
        .collect();
    scored.sort_by(|l, r| r.0.total_cmp(&l.0).then_with(|| r.1.cmp(l.1)));
    scored.into_iter().take(n).map(|(_, x)| x).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const KEYWORDS: &[&str] = &[
        "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class",
        "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global",
        "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return",
        "try", "while", "with", "yield",
    ];

    // Expected values are CPython 3.14's `_suggestions._generate_suggestions`
    // and `difflib.get_close_matches(name, keyword.kwlist, n=3, cutoff=0.5)`.
    #[test]
    fn levenshtein_picks() {
        assert_eq!(best_suggestion(KEYWORDS, "fro"), Some("from"));
        assert_eq!(best_suggestion(KEYWORDS, "improt"), Some("import"));
        assert_eq!(best_suggestion(KEYWORDS, "whille"), Some("while"));
        assert_eq!(best_suggestion(KEYWORDS, "for"), Some("or"));
        assert_eq!(best_suggestion(KEYWORDS, "a"), Some("as"));
        assert_eq!(best_suggestion(KEYWORDS, "FFalse"), Some("False"));
        assert_eq!(best_suggestion(KEYWORDS, "NONE"), Some("None"));
        assert_eq!(best_suggestion(KEYWORDS, "dfe"), None);
    }

    #[test]
    fn difflib_matches() {
        assert_eq!(close_matches("fro", KEYWORDS, 3, 0.5), ["from", "for"]);
        assert_eq!(
            close_matches("for", KEYWORDS, 3, 0.5),
            ["for", "or", "from"]
        );
        assert_eq!(close_matches("dfe", KEYWORDS, 3, 0.5), ["del", "def"]);
        assert_eq!(close_matches("a", KEYWORDS, 3, 0.5), ["as", "and"]);
        assert_eq!(
            close_matches("Falise", KEYWORDS, 3, 0.5),
            ["False", "raise", "else"]
        );
        assert!(close_matches("NONE", KEYWORDS, 3, 0.5).is_empty());
    }
}
