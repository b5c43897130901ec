import { describe, expect, it, vi } from 'vitest';
import { LARGE_INPUT, WorkbenchState } from '../../../renderer/src/workbench/workbench-state.svelte';

describe('the workbench state', () => {
  it('recomputes the output on every change and saves integer fields as numbers', () => {
    const onChange = vi.fn();
    const bench = new WorkbenchState('WKH SODQ', [], onChange);
    const uid = bench.addStep('caesar');
    bench.setParam(uid, 'shift', '3');
    expect(bench.result).toMatchObject({ ok: true, output: 'THE PLAN' });
    expect(onChange).toHaveBeenLastCalledWith([{ id: 'caesar', direction: 'decrypt', params: { shift: 3 } }]);
    bench.setParam(uid, 'shift', 'three');
    expect(bench.result).toMatchObject({ ok: false, index: 0, message: 'The shift must be a whole number.' });
    expect(onChange).toHaveBeenLastCalledWith([
      { id: 'caesar', direction: 'decrypt', params: { shift: 'three' } },
    ]);
  });

  it('keeps a saved step for a cipher it does not know, and says so', () => {
    const bench = new WorkbenchState('abc', [{ id: 'enigma', direction: 'decrypt', params: {} }], () => {});
    expect(bench.result).toMatchObject({ ok: false, index: 0 });
    expect('message' in bench.result && bench.result.message).toMatch(/^There is no cipher "enigma"/);
  });

  it('waits for a pause in changes before recomputing a large input', async () => {
    vi.useFakeTimers();
    try {
      const bench = new WorkbenchState('', [{ id: 'reverse', direction: 'decrypt' }], () => {});
      const big = 'x'.repeat(LARGE_INPUT) + 'yz';
      bench.setInput(big);
      expect(bench.pending).toBe(true);
      expect(bench.result).toMatchObject({ ok: true, output: '' });
      vi.advanceTimersByTime(1000);
      expect(bench.pending).toBe(false);
      expect(bench.result.ok && bench.result.output.slice(0, 2)).toBe('zy');
      const uid = bench.addStep('caesar', 'decrypt', { shift: '1' });
      expect(bench.pending).toBe(true);
      vi.advanceTimersByTime(1000);
      expect(bench.result.ok && bench.result.output.slice(0, 2)).toBe('yx');
      bench.removeStep(uid);
      bench.setInput('ab');
      expect(bench.result).toMatchObject({ ok: true, output: 'ba' });
    } finally {
      vi.useRealTimers();
    }
  });
});
