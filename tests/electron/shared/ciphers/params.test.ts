import { describe, expect, it } from 'vitest';
import { coerceParam, validateParams } from '@shared/ciphers/params';
import type { ParamSpec } from '@shared/ciphers/types';
import { UserError } from '@shared/result';

const shift: ParamSpec = { key: 'shift', label: 'Shift', type: 'integer', default: 3, min: -25, max: 25 };
const rails: ParamSpec = { key: 'rails', label: 'Number of rails', type: 'integer', default: 3, min: 2 };
const key: ParamSpec = { key: 'key', label: 'Key', type: 'letters', default: '' };
const mode: ParamSpec = { key: 'mode', label: 'Mode', type: 'select', default: 'a', options: ['a', 'b'] };
const pass: ParamSpec = { key: 'pass', label: 'Passphrase', type: 'text', default: '' };

const messageOf = (f: () => unknown): string => {
  try {
    f();
  } catch (error) {
    if (error instanceof UserError) return error.message;
    throw error;
  }
  throw new Error('expected a UserError');
};

describe('parameter coercion', () => {
  it.each([
    [shift, '7', 7],
    [shift, ' -4 ', -4],
    [shift, '+2', 2],
    [shift, 0, 0],
    [key, 'le Mon', 'LEMON'],
    [mode, 'b', 'b'],
    [pass, ' spaced ', ' spaced '],
    [pass, 42, '42'],
  ] as const)('turns %o with %o into %o', (spec, raw, expected) => {
    expect(coerceParam(spec, raw)).toBe(expected);
  });

  it.each([
    [shift, '7.5', 'The shift must be a whole number.'],
    [shift, '', 'The shift must be a whole number.'],
    [shift, null, 'The shift must be a whole number.'],
    [shift, 1e20, 'The shift must be a whole number.'],
    [shift, -26, 'The shift must be between -25 and 25.'],
    [rails, 1, 'The number of rails must be at least 2.'],
    [key, 'ab1', 'The key must consist only of letters.'],
    [key, {}, 'The key must be text.'],
    [mode, 'c', 'The mode must be one of: a, b.'],
    [pass, '', 'The passphrase must not be empty.'],
  ] as const)('refuses %o given %o: "%s"', (spec, raw, message) => {
    expect(messageOf(() => coerceParam(spec, raw))).toBe(message);
  });
});

describe('validateParams', () => {
  const cipher = { name: 'Test', params: [shift, mode] };

  it('fills in defaults for missing parameters', () => {
    expect(validateParams(cipher, {})).toEqual({ shift: 3, mode: 'a' });
    expect(validateParams(cipher)).toEqual({ shift: 3, mode: 'a' });
  });

  it('names the parameters when given one that does not exist', () => {
    expect(messageOf(() => validateParams(cipher, { shfit: 2 }))).toBe(
      'Test has no parameter "shfit"; its parameters are: shift, mode.',
    );
  });

  it('runs the cipher-specific check after coercion', () => {
    const odd = {
      ...cipher,
      check: (p: Record<string, unknown>) => {
        if (p.shift === 4) throw new UserError('Four is unlucky.');
      },
    };
    expect(messageOf(() => validateParams(odd, { shift: '4' }))).toBe('Four is unlucky.');
  });
});
