/** The outcome of a function that can fail on user input: the error is a code plus where, never a sentence. */
export type Result<T, E> = { ok: true; value: T } | { ok: false; error: E };
