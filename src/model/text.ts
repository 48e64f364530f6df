/**
 * Control characters and bidirectional overrides: never part of a site's message or a stored
 * field. A page could use them to hide text or reorder what the person reads (an RTL override
 * turns `exe.pdf` around).
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
export const UNSAFE_CHARS = /[\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069]/;
/** The same characters, every run of them: for replacing. */
// eslint-disable-next-line no-control-regex -- as above
export const UNSAFE_RUNS = /[\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069]+/g;
