/**
 * The `storage.local` key the settings live under. In a file of its own so a reader that only
 * fetches them (the popup's early script, src/ui/popup/early-read.ts) need not carry the code
 * that checks them (settings.ts).
 */
export const SETTINGS_KEY = 'settings';
