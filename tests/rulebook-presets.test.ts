import { describe, expect, it } from 'vitest';
import { PRESET_NAMES, PRESETS } from '../src/core/rulebook.js';
import { chooseRulebook } from '../src/core/rulebook-choice.js';
import { validateRulebook } from '../src/core/rulebook-schema.js';

describe('a grid made under a built-in preset', () => {
  it('stores a rulebook the schema reads back as the preset itself', () => {
    // The run takes such a grid's stored rulebook as the preset without the schema
    // (rulebook-choice.ts): that is only right if the schema would give the same rulebook.
    for (const name of PRESET_NAMES) {
      const preset = PRESETS[name]();
      const read = validateRulebook(JSON.parse(JSON.stringify(preset)));
      expect(read.ok, name).toBe(true);
      if (read.ok) expect(read.rulebook, name).toEqual(preset);
    }
  });

  it('gives the run the preset, and a changed copy still goes through the schema', async () => {
    const preset = PRESETS['nd335-2025']();
    const stored = { file: 'thang-01-2026.xlsx', metadata: { rulebook: JSON.stringify(preset) } };
    const chosen = await chooseRulebook({ rules: PRESETS['ha-bac-2023'](), origin: { kind: 'default' } }, [stored], false);
    expect(chosen.rules).toEqual(preset);
    expect(chosen.from).toEqual({ kind: 'grid', file: 'thang-01-2026.xlsx' });
    // A rulebook the schema refuses is still refused: the shortcut takes exact presets only.
    const broken = { ...preset, monthlyPoints: -5 };
    const bad = { file: 'thang-02-2026.xlsx', metadata: { rulebook: JSON.stringify(broken) } };
    await expect(chooseRulebook({ rules: preset, origin: { kind: 'default' } }, [bad], false)).rejects.toMatchObject({
      key: 'rulebook.invalid',
    });
  });
});
