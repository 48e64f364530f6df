/**
 * A picture of a watched wallet page that the user took as evidence (src/storage/capture.ts):
 * from the toolbar popup or the keyboard shortcut, never on its own (capturing a tab unasked
 * needs permission to read every site, which the extension does not ask for). Kept beside the
 * events, exported in the evidence pack, deleted with its wallet's history and by retention.
 */
export interface Screenshot {
  id: number;
  /** Epoch ms when it was taken. */
  at: number;
  walletId: string;
  origin: string;
  /** URL path only, as in events: no query, no fragment. */
  path: string;
  /** `image/jpeg` or `image/png`, as the browser encoded it. */
  type: string;
  bytes: Uint8Array;
  /** Hex SHA-256 of `bytes`, printed in the evidence report so a copy can be checked. */
  sha256: string;
  /** The newest failure or notice of this wallet just before, the picture's context. */
  eventId?: number;
}
