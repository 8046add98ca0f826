import { PNG } from 'pngjs';

/** A PNG decoded: its size and how many distinct colours it uses (a blank image has one). */
export function decodePng(bytes: Buffer): { width: number; height: number; colours: number; pixelsUnlike: (rgb: readonly [number, number, number]) => number } {
  const image = PNG.sync.read(bytes);
  const colours = new Set<number>();
  for (let offset = 0; offset < image.data.length; offset += 4) colours.add(image.data.readUInt32BE(offset));
  const pixelsUnlike = ([r, g, b]: readonly [number, number, number]) => {
    let count = 0;
    for (let offset = 0; offset < image.data.length; offset += 4) {
      if (image.data[offset] !== r || image.data[offset + 1] !== g || image.data[offset + 2] !== b) count++;
    }
    return count;
  };
  return { width: image.width, height: image.height, colours: colours.size, pixelsUnlike };
}

/** "#1e1f22" → [30, 31, 34] */
export const rgbOf = (hex: string): [number, number, number] => [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16)) as [number, number, number];
