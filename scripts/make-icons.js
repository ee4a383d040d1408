#!/usr/bin/env node
/**
 * Draws the add-in's icons (assets/icon-{16,32,64,80,128}.png): a green tile
 * with a faint table grid and a white check mark. Plain zlib + a hand-made PNG
 * writer, so the icons rebuild anywhere without an image library.
 *   node scripts/make-icons.js [outDir]
 */
"use strict";

const fs = require("node:fs");
const path = require("node:path");
const zlib = require("node:zlib");

const SIZES = [16, 32, 64, 80, 128];
const GREEN = [33, 115, 70]; // Excel's green
const SAMPLES = 4; // supersampling per axis, for smooth edges

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** RGBA pixels (size×size×4) → PNG bytes. */
function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", zlib.deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function segmentDistance(px, py, [ax, ay], [bx, by]) {
  const dx = bx - ax, dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - ax - t * dx, py - ay - t * dy);
}

function insideTile(u, v) {
  const r = 0.18;
  const cx = Math.min(Math.max(u, r), 1 - r), cy = Math.min(Math.max(v, r), 1 - r);
  return Math.hypot(u - cx, v - cy) <= r;
}

const CHECK = [[0.24, 0.53], [0.43, 0.72], [0.78, 0.3]];

/** Colour of one sample point in the unit square: [r, g, b, a]. */
function shade(u, v, size) {
  if (!insideTile(u, v)) return [0, 0, 0, 0];
  const stroke = Math.max(0.085, 1.6 / size);
  if (segmentDistance(u, v, CHECK[0], CHECK[1]) < stroke || segmentDistance(u, v, CHECK[1], CHECK[2]) < stroke) return [255, 255, 255, 255];
  const line = Math.max(0.02, 0.8 / size);
  const grid = [0.36, 0.64].some((g) => Math.abs(u - g) < line || Math.abs(v - g) < line);
  if (grid && size >= 32) return [GREEN[0] + 60, GREEN[1] + 60, GREEN[2] + 60, 255];
  return [...GREEN, 255];
}

function drawIcon(size) {
  const rgba = Buffer.alloc(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const acc = [0, 0, 0, 0];
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const [r, g, b, a] = shade((x + (sx + 0.5) / SAMPLES) / size, (y + (sy + 0.5) / SAMPLES) / size, size);
          acc[0] += r * a; acc[1] += g * a; acc[2] += b * a; acc[3] += a;
        }
      }
      const i = (y * size + x) * 4;
      const alpha = acc[3] / (SAMPLES * SAMPLES);
      for (let k = 0; k < 3; k++) rgba[i + k] = acc[3] ? Math.round(acc[k] / acc[3]) : 0;
      rgba[i + 3] = Math.round(alpha);
    }
  }
  return encodePng(size, rgba);
}

function main() {
  const outDir = path.resolve(process.argv[2] || path.join(__dirname, "..", "assets"));
  fs.mkdirSync(outDir, { recursive: true });
  for (const size of SIZES) {
    const file = path.join(outDir, `icon-${size}.png`);
    fs.writeFileSync(file, drawIcon(size));
    console.log(`wrote ${path.relative(process.cwd(), file)}`);
  }
}

if (require.main === module) main();
module.exports = { drawIcon, encodePng };
