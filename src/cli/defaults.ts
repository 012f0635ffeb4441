import { DEFAULT_PRESET } from '../core/rulebook.js';

/** Option defaults, stated once: the commands' schemas apply them, the help shows them. */
export const OPTION_DEFAULTS = {
  preset: DEFAULT_PRESET,
  rulesFile: 'quy-che.json',
  demoOut: 'demo-output',
  demoYear: '2026',
} as const;
