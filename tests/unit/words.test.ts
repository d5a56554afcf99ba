import { describe, expect, it } from 'vitest';
import { fillIn, wordsOf } from '../../src/i18n/words.ts';

describe('string tables', () => {
  const w = wordsOf({
    step: { zh: '第 {n} 步,共 {count} 步', en: 'Step {n} of {count}' },
    plain: { zh: '是', en: 'yes' },
  });

  it('gives the words in the language, placeholders filled', () => {
    expect(w('step', 'en', { n: 2, count: 9 })).toBe('Step 2 of 9');
    expect(w('step', 'zh', { n: 2, count: 9 })).toBe('第 2 步,共 9 步');
    expect(w('plain', 'zh')).toBe('是');
  });

  it('leaves a placeholder without a value as it is, and takes values literally', () => {
    expect(w('step', 'en')).toBe('Step {n} of {count}');
    expect(fillIn('{name} said', { name: '$& $1' })).toBe('$& $1 said');
  });
});
