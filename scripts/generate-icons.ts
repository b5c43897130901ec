// Renders resources/icon.svg into every icon the installers need: PNG sizes for Linux, .ico for Windows, .icns for macOS.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Resvg } from '@resvg/resvg-js';
import png2icons from 'png2icons';

/** Sizes Linux desktops look up by folder name (resources/icons/png/<n>x<n>.png). */
export const pngSizes = [16, 24, 32, 48, 64, 128, 256, 512, 1024] as const;

export function renderPng(svg: Buffer, size: number): Buffer {
  // System fonts are never needed (the icon has no text) and loading them is the slow part.
  const resvg = new Resvg(svg, { fitTo: { mode: 'width', value: size }, font: { loadSystemFonts: false } });
  return resvg.render().asPng();
}

/** Writes every icon under `outDir` and returns the paths written. */
export function generateIcons(svgPath: string, outDir: string): string[] {
  const svg = readFileSync(svgPath);
  const written: string[] = [];
  const write = (path: string, data: Buffer): void => {
    writeFileSync(path, data);
    written.push(path);
  };
  mkdirSync(join(outDir, 'png'), { recursive: true });
  const rendered = new Map<number, Buffer>();
  for (const size of pngSizes) {
    const png = renderPng(svg, size);
    rendered.set(size, png);
    write(join(outDir, 'png', `${size}x${size}.png`), png);
  }
  const largest = rendered.get(1024);
  const windowsLargest = rendered.get(256);
  if (largest === undefined || windowsLargest === undefined)
    throw new Error('The 1024 and 256 pixel renders are missing.');
  // ICO tops out at 256 pixels, so scaling down from a 256 render keeps the small sizes sharper.
  const ico = png2icons.createICO(windowsLargest, png2icons.BICUBIC2, 0, false, true);
  const icns = png2icons.createICNS(largest, png2icons.BICUBIC2, 0);
  if (ico === null || icns === null) throw new Error(`Could not build .ico or .icns from ${svgPath}.`);
  write(join(outDir, 'icon.ico'), ico);
  write(join(outDir, 'icon.icns'), icns);
  return written;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const root = resolve(import.meta.dirname, '..');
  const written = generateIcons(join(root, 'resources', 'icon.svg'), join(root, 'resources', 'icons'));
  console.log(`Wrote ${written.length} icon files to resources/icons.`);
}
