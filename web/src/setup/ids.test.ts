import { describe, expect, it } from 'vitest';

import { slug, uniqueId } from './ids';

describe('ids from names', () => {
  it('slugs names into the characters the format allows', () => {
    expect(slug('Morning Basket')).toBe('morning-basket');
    expect(slug('  Zoë  ')).toBe('zoe');
    expect(slug('PE (running)')).toBe('pe-running');
    expect(slug('李')).toBe('');
    expect(slug('x'.repeat(100))).toHaveLength(64);
  });

  it('numbers a name already taken, and falls back for names with nothing to slug', () => {
    const used = new Set<string>();
    expect(uniqueId('Wren', 'child', used)).toBe('wren');
    expect(uniqueId('wren', 'child', used)).toBe('wren-2');
    expect(uniqueId('WREN!', 'child', used)).toBe('wren-3');
    expect(uniqueId('李', 'child', used)).toBe('child');
    expect(uniqueId('明', 'child', used)).toBe('child-2');
  });

  it('stays within 64 characters when numbering a long name', () => {
    const used = new Set<string>();
    const long = 'a'.repeat(80);
    expect(uniqueId(long, 'x', used)).toHaveLength(64);
    const second = uniqueId(long, 'x', used);
    expect(second).toHaveLength(64);
    expect(second.endsWith('-2')).toBe(true);
  });
});
