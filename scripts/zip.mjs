// Store uploads as ZIP archives, written by fflate. What is ours is only the policy: entries sorted by
// the caller, deflated at level 9, stamped with one fixed date and Unix mode 0644, so the same inputs
// always give byte-identical archives (stores and AMO reviewers can diff them), and no entry name
// that could escape the folder it is unpacked into.
import { crc32 } from 'node:zlib';
import { unzipSync, zipSync } from 'fflate';

// Any fixed date works; the ZIP epoch (1980) confuses some tools.
const FIXED_DATE = new Date(2000, 0, 1);
const UNIX = 3;
const REGULAR_FILE_0644 = 0o100644 << 16;

function checkName(name, seen) {
  if (!name || name.startsWith('/') || name.includes('\\') || name.split('/').includes('..'))
    throw new Error(`zip: unsafe entry name "${name}"`);
  if (seen.has(name)) throw new Error(`zip: duplicate entry "${name}"`);
  seen.add(name);
}

/**
 * @param {{ name: string, data: Buffer | string }[]} entries  paths with forward slashes, files only
 * @returns {Buffer} the archive
 */
export function createZip(entries) {
  const seen = new Set();
  const files = {};
  for (const { name, data } of entries) {
    checkName(name, seen);
    const bytes = Buffer.isBuffer(data) ? new Uint8Array(data) : new TextEncoder().encode(data);
    files[name] = [bytes, { level: 9, mtime: FIXED_DATE, os: UNIX, attrs: REGULAR_FILE_0644 }];
  }
  return Buffer.from(zipSync(files));
}

/**
 * Reads an archive, checking each entry against the CRC-32 its central directory records (fflate
 * inflates without checking it, and a corrupted upload must not pass a test).
 * @returns {Map<string, Buffer>}
 */
export function readZip(archive) {
  const expected = centralCrcs(archive);
  const files = new Map();
  for (const [name, data] of Object.entries(unzipSync(new Uint8Array(archive)))) {
    const buffer = Buffer.from(data);
    if (crc32(buffer) !== expected.get(name)) throw new Error(`zip: ${name} fails its CRC check`);
    files.set(name, buffer);
  }
  return files;
}

/** Entry name → CRC-32, from the central directory (plain archives, no zip64). */
function centralCrcs(archive) {
  const endAt = archive.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (endAt < 0) throw new Error('zip: no end of central directory');
  const crcs = new Map();
  let at = archive.readUInt32LE(endAt + 16);
  for (let i = archive.readUInt16LE(endAt + 10); i > 0; i--) {
    if (archive.readUInt32LE(at) !== 0x02014b50) throw new Error('zip: bad central directory');
    const nameLength = archive.readUInt16LE(at + 28);
    crcs.set(archive.toString('utf8', at + 46, at + 46 + nameLength), archive.readUInt32LE(at + 16));
    at += 46 + nameLength + archive.readUInt16LE(at + 30) + archive.readUInt16LE(at + 32);
  }
  return crcs;
}
