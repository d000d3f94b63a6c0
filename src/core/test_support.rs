//! Helpers shared by the engine's unit tests.

/// A small deterministic xorshift generator: each call gives a number below `bound` (which must be > 0).
pub fn xorshift(seed: u64) -> impl FnMut(usize) -> usize {
    let mut state = seed;
    move |bound: usize| {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        (state % bound as u64) as usize
    }
}
