import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

/** Help and usage errors speak the chosen language, commander's own words included. */

const ENGLISH = /\b(Usage|Options|display help|output the version|error:|missing required|unknown option|Did you mean|Allowed choices)\b/u;

describe('help in the chosen language', () => {
  it('scoring --help is Vietnamese throughout and ends with examples', async () => {
    const r = await run(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Cách dùng: scoring [tùy chọn] [lệnh]');
    expect(r.stdout).toContain('Tùy chọn:');
    expect(r.stdout).toContain('xem hướng dẫn của lệnh');
    expect(r.stdout).not.toMatch(ENGLISH);
    expect(r.stdout).toMatch(/Ví dụ:\n {2}scoring demo/u);
  });

  for (const command of ['init-rules', 'init-month', 'check', 'tally', 'classify', 'forms', 'demo']) {
    it(`${command} --help: Vietnamese, with examples a clerk can copy, in 80 columns`, async () => {
      const r = await run([command, '--help']);
      expect(r.code).toBe(0);
      expect(r.stdout).not.toMatch(ENGLISH);
      const examples = r.stdout.split('Ví dụ:\n')[1]!.trim().split('\n');
      expect(examples.length).toBeGreaterThanOrEqual(1);
      expect(examples.length).toBeLessThanOrEqual(3);
      for (const line of examples) expect(line.trim()).toMatch(new RegExp(`^scoring ${command}\\b`, 'u'));
      for (const line of r.stdout.split('\n')) expect([...line].length).toBeLessThanOrEqual(80);
    });
  }

  it('--lang en gives the same help in English', async () => {
    const r = await run(['tally', '--help', '--lang', 'en']);
    expect(r.stdout).toContain('Usage: scoring tally [options] <files...>');
    expect(r.stdout).toContain('Examples:');
    expect(r.stdout).not.toMatch(/Cách dùng|Tùy chọn|Ví dụ/u);
  });
});

describe("commander's errors in the chosen language (exit 2)", () => {
  const cases: [string[], string, string][] = [
    [['tally'], 'Lỗi: thiếu files: ghi tên ít nhất một file sau lệnh.', 'Error: missing files: name at least one file after the command.'],
    [['check', 'a.xlsx', '--bogus'], 'Lỗi: không có tùy chọn --bogus.', 'Error: there is no option --bogus.'],
    [
      ['check', 'a.xlsx', '--jsn'],
      'Lỗi: không có tùy chọn --jsn. Có phải là --json?',
      'Error: there is no option --jsn. Did you mean --json?',
    ],
    [
      ['chek'],
      'Lỗi: không có lệnh chek. Xem các lệnh bằng scoring --help. Có phải là check?',
      'Error: there is no command chek. See the commands with scoring --help. Did you mean check?',
    ],
    [
      ['init-month', '--month', '2026-01'],
      'Lỗi: thiếu tùy chọn bắt buộc --staff <roster>.',
      'Error: required option --staff <roster> is missing.',
    ],
  ];
  for (const [args, vi, en] of cases) {
    it(`scoring ${args.join(' ')}`, async () => {
      const r = await run(args);
      expect(r.code).toBe(2);
      expect(r.stderr.trim()).toBe(vi);
      const e = await run([...args, '--lang', 'en']);
      expect(e.code).toBe(2);
      expect(e.stderr.trim()).toBe(en);
    });
  }

  it('a bad choice names the choices', async () => {
    const r = await run(['check', 'a.xlsx', '--lang', 'fr']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe('Lỗi: tùy chọn --lang <lang> không nhận "fr"; chọn một trong: vi, en.');
  });
});
