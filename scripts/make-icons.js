#!/usr/bin/env node
// Draws the Lead Tally icon (a tally mark: four upright strokes crossed by a diagonal) in
// Excel green on a transparent background, and writes assets/icon-<size>.png for each size
// the manifest uses. Only node's zlib is used to encode the PNGs.
//
//   node scripts/make-icons.js
"use strict";

const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const SIZES = [16, 32, 64, 80];
const GREEN = [0x21, 0x73, 0x46]; // #217346
const SUPERSAMPLE = 8; // samples per pixel side, for anti-aliased edges

// The drawing, in pixels of a size × size icon: four upright strokes, evenly spaced and centred,
// crossed by a diagonal. Small icons snap the uprights to whole pixels so they stay crisp; large
// ones round their ends. The diagonal is always anti-aliased.
function layout(size) {
  const small = size <= 32;
  const width = small ? Math.max(1, Math.round(size / 16)) : size * 0.09; // upright stroke width
  const spacing = Math.round(size * 0.19);
  const first = Math.round((size - 3 * spacing - width) / 2); // left edge of the first upright
  const top = Math.round(size * 0.15);
  const bottom = size - top;
  const uprights = [0, 1, 2, 3].map((i) => {
    const x = first + i * spacing + width / 2;
    return small
      ? { kind: "rect", x1: x - width / 2, x2: x + width / 2, y1: top, y2: bottom }
      : {
          kind: "line",
          x1: x,
          y1: top + width / 2,
          x2: x,
          y2: bottom - width / 2,
          half: width / 2,
        };
  });
  const diagonal = {
    kind: "line",
    x1: size * 0.08,
    y1: size * 0.74,
    x2: size * 0.92,
    y2: size * 0.28,
    half: (small ? Math.max(2, size * 0.1) : size * 0.09) / 2,
  };
  return [...uprights, diagonal];
}

/** Distance from point (px, py) to the segment from (s.x1, s.y1) to (s.x2, s.y2). */
function distanceToSegment(px, py, s) {
  const dx = s.x2 - s.x1;
  const dy = s.y2 - s.y1;
  const t = Math.max(0, Math.min(1, ((px - s.x1) * dx + (py - s.y1) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (s.x1 + t * dx), py - (s.y1 + t * dy));
}

function inside(px, py, shape) {
  return shape.kind === "rect"
    ? px >= shape.x1 && px < shape.x2 && py >= shape.y1 && py < shape.y2
    : distanceToSegment(px, py, shape) <= shape.half;
}

/** RGBA pixels (size × size × 4 bytes) of the icon. */
function draw(size) {
  const shapes = layout(size);
  const pixels = Buffer.alloc(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let covered = 0;
      for (let sy = 0; sy < SUPERSAMPLE; sy++) {
        for (let sx = 0; sx < SUPERSAMPLE; sx++) {
          const px = x + (sx + 0.5) / SUPERSAMPLE;
          const py = y + (sy + 0.5) / SUPERSAMPLE;
          if (shapes.some((shape) => inside(px, py, shape))) covered++;
        }
      }
      const i = (y * size + x) * 4;
      pixels[i] = GREEN[0];
      pixels[i + 1] = GREEN[1];
      pixels[i + 2] = GREEN[2];
      pixels[i + 3] = Math.round((255 * covered) / (SUPERSAMPLE * SUPERSAMPLE));
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buffer) {
  let c = 0xffffffff;
  for (const byte of buffer) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

/** A PNG file: 8-bit RGBA, no interlace, filter type 0 on every row. */
function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0); // width
  header.writeUInt32BE(size, 4); // height
  header[8] = 8; // bit depth
  header[9] = 6; // colour type: RGBA
  const rows = [];
  for (let y = 0; y < size; y++) {
    rows.push(Buffer.from([0]), rgba.subarray(y * size * 4, (y + 1) * size * 4));
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", zlib.deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function main() {
  const outDir = path.join(__dirname, "..", "assets");
  fs.mkdirSync(outDir, { recursive: true });
  for (const size of SIZES) {
    const file = path.join(outDir, `icon-${size}.png`);
    fs.writeFileSync(file, encodePng(size, draw(size)));
    console.log(`wrote ${path.relative(process.cwd(), file)} (${size}×${size})`);
  }
}

main();
