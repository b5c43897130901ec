// Evidence board against bare Svelte Flow on the same seeded graphs: first render and frame intervals while
// panning, zooming and dragging, measured from requestAnimationFrame inside the page.
/// <reference lib="dom" />
import { resolve } from 'node:path';
import { build, preview } from 'vite';
import { chromium, type Page } from 'playwright';
import { chromiumArgs, chromiumPath } from '../../tests/support/chromium.ts';
import { percentile, round, type Figure } from './figure.ts';

const CONFIG = resolve(import.meta.dirname, 'board/vite.config.ts');
const SECONDS = Number(process.env.BOARD_BENCH_SECONDS ?? 4);
const SIZES = [
  { cards: 200, links: 400 },
  { cards: 1000, links: 2000 },
].filter((s) => !process.env.BOARD_BENCH_CARDS || String(s.cards) === process.env.BOARD_BENCH_CARDS);
const PAGES = ['board', 'bare'] as const;
type Gesture = 'pan' | 'zoom' | 'drag';

declare global {
  interface Window {
    __frames: number[];
    __recording: boolean;
    __firstRender?: number;
  }
}

async function paneCentre(page: Page): Promise<{ x: number; y: number }> {
  return page.evaluate(() => {
    const pane = document.querySelector('.svelte-flow')!.getBoundingClientRect();
    const cx = pane.left + pane.width / 2;
    const cy = pane.top + pane.height / 2;
    // Spiral out from the centre to an empty spot of the pane, so a press pans instead of dragging a card.
    for (let r = 0; r < Math.min(pane.width, pane.height) / 2; r += 6) {
      for (let a = 0; a < 360; a += 20) {
        const x = cx + r * Math.cos((a * Math.PI) / 180);
        const y = cy + r * Math.sin((a * Math.PI) / 180);
        if (document.elementFromPoint(x, y)?.classList.contains('svelte-flow__pane')) return { x, y };
      }
    }
    return { x: cx, y: cy };
  });
}

async function nodeCentre(page: Page): Promise<{ x: number; y: number }> {
  return page.evaluate(() => {
    const pane = document.querySelector('.svelte-flow')!.getBoundingClientRect();
    const cx = pane.left + pane.width / 2;
    const cy = pane.top + pane.height / 2;
    let best: { x: number; y: number; d: number } | undefined;
    for (const el of document.querySelectorAll('.svelte-flow__node')) {
      const r = el.getBoundingClientRect();
      const x = r.left + r.width / 2;
      const y = r.top + r.height / 2;
      const d = Math.hypot(x - cx, y - cy);
      if (!best || d < best.d) best = { x, y, d };
    }
    return best ?? { x: cx, y: cy };
  });
}

async function gesture(page: Page, kind: Gesture): Promise<number[]> {
  const start = kind === 'drag' ? await nodeCentre(page) : await paneCentre(page);
  await page.mouse.move(start.x, start.y);
  if (kind !== 'zoom') await page.mouse.down();
  await page.evaluate(() => {
    window.__frames = [];
    window.__recording = true;
  });
  const until = Date.now() + SECONDS * 1000;
  let step = 0;
  while (Date.now() < until) {
    step += 1;
    if (kind === 'zoom') {
      // In for a while, then out again, so the board stays in view.
      await page.mouse.wheel(0, Math.floor(step / 8) % 2 ? 60 : -60);
    } else {
      const angle = step / 6;
      await page.mouse.move(start.x + 120 * Math.sin(angle), start.y + 80 * (1 - Math.cos(angle)), {
        steps: 1,
      });
    }
    await page.waitForTimeout(8);
  }
  const frames = await page.evaluate(() => {
    window.__recording = false;
    return window.__frames;
  });
  if (kind !== 'zoom') await page.mouse.up();
  return frames;
}

export default async function* board(): AsyncIterable<Figure> {
  await build({ configFile: CONFIG });
  const server = await preview({ configFile: CONFIG, preview: { port: 0, host: '127.0.0.1' } });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('The bench page server did not start; is another process holding the port?');
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
  try {
    for (const size of SIZES) {
      const p95: Record<string, Record<string, number>> = { board: {}, bare: {} };
      const first: Record<string, number> = {};
      for (const which of PAGES) {
        const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
        const page = await context.newPage();
        await page.goto(`${url}?page=${which}&cards=${size.cards}&links=${size.links}`);
        const handle = await page.waitForFunction(() => window.__firstRender, undefined, {
          timeout: 120_000,
        });
        first[which] = (await handle.jsonValue()) as number;
        const label = `${which === 'board' ? 'board' : 'bare Svelte Flow'} ${size.cards} cards/${size.links} links`;
        yield { name: `${label}: time to first render`, value: round(first[which]!), unit: 'ms' };
        await page.waitForTimeout(500);
        for (const kind of ['pan', 'zoom', 'drag'] as const) {
          const frames = await gesture(page, kind);
          if (frames.length < 3)
            throw new Error(`Too few frames while ${kind}ning ${label}; the page may be stuck.`);
          p95[which]![kind] = percentile(frames, 95);
          yield {
            name: `${label}: ${kind} frame interval p50`,
            value: round(percentile(frames, 50)),
            unit: 'ms',
          };
          yield {
            name: `${label}: ${kind} frame interval p95`,
            value: round(percentile(frames, 95)),
            unit: 'ms',
          };
        }
        await context.close();
      }
      yield {
        name: `board/bare ${size.cards} cards: time to first render`,
        value: round(first.board! / first.bare!, 3),
        unit: 'ratio',
      };
      for (const kind of ['pan', 'zoom', 'drag'] as const) {
        yield {
          name: `board/bare ${size.cards} cards: ${kind} frame interval p95`,
          value: round(p95.board![kind]! / p95.bare![kind]!, 3),
          unit: 'ratio',
        };
      }
    }
  } finally {
    await browser.close();
    await new Promise<void>((done) => server.httpServer.close(() => done()));
  }
}
