import { deflateSync } from 'node:zlib';
// Shared by the API and browser tests.

/** A real, valid PNG of `width`×`height` solid pixels, built from its chunks. */
export function pngImage(width: number, height: number, rgb: [number, number, number] = [31, 111, 235]): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (bytes: Buffer) => {
    let c = 0xffffffff;
    for (const byte of bytes) c = crcTable[(c ^ byte) & 0xff]! ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const checksum = Buffer.alloc(4);
    checksum.writeUInt32BE(crc(body));
    return Buffer.concat([length, body, checksum]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // truecolour
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(width * 3, Buffer.from(rgb))]);
  const pixels = Buffer.concat(Array.from({ length: height }, () => row));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(pixels)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/**
 * A small file whose header declares `width`×`height` pixels with only a few rows of data
 * behind it: the shape of a decompression bomb, a few hundred bytes that would need
 * width×height×3 bytes of memory to decode.
 */
export function pngDeclaring(width: number, height: number): Buffer {
  const full = pngImage(1, 1);
  // Signature (8) + IHDR length/type (8): the width and height follow.
  const header = Buffer.from(full);
  header.writeUInt32BE(width, 16);
  header.writeUInt32BE(height, 20);
  // Recompute the IHDR checksum over its type and data.
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  let c = 0xffffffff;
  for (const byte of header.subarray(12, 29)) c = crcTable[(c ^ byte) & 0xff]! ^ (c >>> 8);
  header.writeUInt32BE((c ^ 0xffffffff) >>> 0, 29);
  return header;
}
