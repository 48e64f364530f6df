/**
 * An empty string-keyed record for rule state: plain JSON like `{}`, but made without a
 * prototype, so V8 keeps it as a hash table from the start instead of minting a hidden class
 * for every new key (thousands of attempt ids and destinations per wallet).
 */
export function dict<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}
