// The dev panel: the dev build marker, problems as file:line:col, reopened gates, and start from here.
import { beforeEach, describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { page } from 'vitest/browser';
import DevPanel from '../../../renderer/src/dev/DevPanel.svelte';
import { dev } from '../../../renderer/src/dev/dev.svelte';
import { buildGameApi } from '@shared/game-api';
import type { DevStatus } from '@shared/dev-types';

const calls: { channel: string; payload: unknown }[] = [];

const status = (over: Partial<DevStatus> = {}): DevStatus => ({
  folder: '/home/you/lantern-drop',
  packId: 'lantern-drop',
  title: 'The Relay Inbox',
  build: 2,
  problems: [],
  stale: false,
  reopened: [],
  startPoints: [
    { id: 'ch1', kind: 'chapter', title: 'The First Log' },
    { id: 'p-first-light', kind: 'puzzle', title: "Kai's rotated log" },
    { id: 'ch2', kind: 'chapter', title: 'The Archive' },
    { id: 'd-the-route', kind: 'deduction', title: 'The route of the note' },
  ],
  ...over,
});

beforeEach(() => {
  calls.length = 0;
  const api = buildGameApi(
    {
      invoke: async (channel, payload) => {
        calls.push({ channel, payload });
        return {
          ok: true,
          value: { puzzles: [], files: [], deductions: [{ id: 'd-the-route' }], solved: [], notices: [] },
        };
      },
      subscribe: () => () => undefined,
    },
    { methods: ['devStartFrom', 'devGraph', 'devOpenSource', 'gameView'], events: ['devChanged'] },
  );
  Object.defineProperty(window, 'game', { value: api, configurable: true });
  dev.error = null;
});

describe('the dev panel', () => {
  it('says it is a dev build and that the pack checks', async () => {
    dev.status = status();
    render(DevPanel);
    await expect.element(page.getByRole('status')).toHaveTextContent('DEV BUILD 2 · checks');
    await expect.element(page.getByText(/wrong answers never wait/)).toBeVisible();
  });

  it('lists problems as file:line:col lines and says the game runs the last good build', async () => {
    dev.status = status({
      stale: true,
      problems: [
        {
          severity: 'error',
          file: 'clues.yaml',
          line: 7,
          col: 9,
          message: 'Write an id here.',
          text: 'clues.yaml:7:9: Write an id here.',
        },
      ],
    });
    render(DevPanel);
    await expect.element(page.getByRole('status')).toHaveTextContent('DEV BUILD 2 · 1 problem');
    await expect
      .element(page.getByRole('list', { name: 'Problems' }).getByRole('listitem'))
      .toHaveTextContent('clues.yaml:7:9: Write an id here.');
    await expect.element(page.getByRole('alert')).toHaveTextContent(/keeps running build 2/);
  });

  it('names the gates a rebuild reopened by their titles', async () => {
    dev.status = status({ reopened: ['p-first-light'] });
    render(DevPanel);
    await expect.element(page.getByText(/Reopened by the rebuild/)).toHaveTextContent(/Kai's rotated log/);
  });

  it('starts from the chosen deduction through the engine', async () => {
    dev.status = status();
    render(DevPanel);
    await page.getByLabelText('Start from here').selectOptions('d-the-route');
    await page.getByRole('button', { name: 'Start here' }).click();
    await expect.poll(() => calls.map((c) => c.channel)).toContain('resonance:devStartFrom');
    expect(calls.find((c) => c.channel === 'resonance:devStartFrom')?.payload).toEqual({
      target: 'd-the-route',
    });
  });
});
