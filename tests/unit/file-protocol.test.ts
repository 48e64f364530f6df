// The log page's file worker takes three messages only (src/ui/evidence/file-protocol.ts), and
// the page writes for it nothing but a view stamp.
import { describe, expect, it } from 'vitest';
import { isFileRequest, isStamp } from '../../src/ui/evidence/file-protocol';

const file = new File(['{}\n'], 'events.ndjson');

describe('the file worker’s door', () => {
  it.each([
    [{ type: 'verify', file }, true],
    [{ type: 'import', file, now: 1_790_000_000_000 }, true],
    [{ type: 'cancel' }, true],
    [{ type: 'verify', file: '/etc/passwd' }, false],
    [{ type: 'verify', file: new Blob(['x']) }, false],
    [{ type: 'import', file, now: 1.5 }, false],
    [{ type: 'import', file }, false],
    [{ type: 'next' }, false],
    [{ type: 'delete-all' }, false],
    [null, false],
    ['verify', false],
  ])('%j → %s', (message, accepted) => {
    expect(isFileRequest(message)).toBe(accepted);
  });

  it.each([
    ['mabc12-x9k2p0qz', true],
    ['', false],
    ['<img src=x>', false],
    [{ viewStamp: 'x' }, false],
    ['x'.repeat(41), false],
  ])('stamp %j → %s', (stamp, accepted) => {
    expect(isStamp(stamp)).toBe(accepted);
  });
});
