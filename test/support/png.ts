import { inflateSync } from "node:zlib";

/** What a PNG's header says and whether its pixel data inflates to exactly that size. */
export interface PngInfo {
  width: number;
  height: number;
  /** Bytes per pixel from the colour type and bit depth (8-bit only). */
  channels: number;
  /** True when the IDAT stream inflates to height × (1 + width × channels) bytes. */
  complete: boolean;
}

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 4: 2, 6: 4 };

/** Reads a PNG far enough to know it decodes: signature, IHDR, and the inflated image data. */
export function readPng(png: Buffer): PngInfo {
  if (!png.subarray(0, 8).equals(SIGNATURE)) throw new Error("not a PNG signature");
  let offset = 8;
  let width = 0;
  let height = 0;
  let channels = 0;
  const idat: Buffer[] = [];
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.toString("latin1", offset + 4, offset + 8);
    const data = png.subarray(offset + 8, offset + 8 + length);
    if (type === "IHDR") {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      if (data[8] !== 8) throw new Error(`bit depth ${data[8]} not handled`);
      channels = CHANNELS[data[9] ?? -1] ?? 0;
    } else if (type === "IDAT") idat.push(data);
    else if (type === "IEND") break;
    offset += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  return { width, height, channels, complete: raw.length === height * (1 + width * channels) };
}
