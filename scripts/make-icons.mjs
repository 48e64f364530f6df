#!/usr/bin/env node
// Draws the toolbar icon (a shield with a check mark) at 16, 32, 48 and 128 px into icons/.
// Plain Node (zlib) so the icons can be regenerated anywhere; the PNGs are committed.
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { deflateSync } from 'node:zlib';

const out = resolve(import.meta.dirname, '../icons');
const SHIELD = [20, 86, 199];
const CHECK = [255, 255, 255];

/** Shield outline in unit coordinates: flat top, sides curving to a point at the bottom. */
function inShield(x, y) {
  if (y < 0.08 || y > 0.95) return false;
  const half = y < 0.5 ? 0.4 : 0.4 * Math.sqrt(Math.max(0, 1 - ((y - 0.5) / 0.45) ** 2));
  return Math.abs(x - 0.5) <= half;
}

function distToSegment(px, py, ax, ay, bx, by) {
  const t = Math.max(
    0,
    Math.min(
      1,
      ((px - ax) * (bx - ax) + (py - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2),
    ),
  );
  return Math.hypot(px - (ax + t * (bx - ax)), py - (ay + t * (by - ay)));
}

function inCheck(x, y) {
  const w = 0.075;
  return (
    distToSegment(x, y, 0.3, 0.5, 0.45, 0.65) < w || distToSegment(x, y, 0.45, 0.65, 0.72, 0.36) < w
  );
}

function crc32(buf) {
  let c = ~0;
  for (const byte of buf) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function png(size) {
  const S = 4; // 4x4 supersampling for smooth edges
  const rows = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let x = 0; x < size; x++) {
      let shield = 0;
      let check = 0;
      for (let sy = 0; sy < S; sy++) {
        for (let sx = 0; sx < S; sx++) {
          const u = (x + (sx + 0.5) / S) / size;
          const v = (y + (sy + 0.5) / S) / size;
          if (inShield(u, v)) {
            shield++;
            if (inCheck(u, v)) check++;
          }
        }
      }
      const a = shield / (S * S);
      const c = shield ? check / shield : 0;
      const px = 1 + x * 4;
      for (let i = 0; i < 3; i++) row[px + i] = Math.round(SHIELD[i] * (1 - c) + CHECK[i] * c);
      row[px + 3] = Math.round(a * 255);
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

for (const size of [16, 32, 48, 128]) writeFileSync(join(out, `${size}.png`), png(size));
console.log('icons written');
