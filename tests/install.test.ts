import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { describeWithPrograms } from './clients.js';
import { ROOT, tempDir } from './helpers.js';

/**
 * One install, then `scoring` from any folder (issue 18): the tarball `npm pack` makes installs into
 * an empty prefix and answers from another folder. Dependencies come from npm's cache when they are
 * in it (CI's npm ci has filled it), else from the registry. The pack uses the dist/ the test run built
 * (--ignore-scripts): rebuilding it would change files other tests are running.
 */
describeWithPrograms('the packed tarball', ['npm'], () => {
  it('installs into an empty prefix and runs scoring --help from another folder', () => {
    const dir = tempDir();
    execFileSync('npm', ['pack', '--ignore-scripts', '--pack-destination', dir], { cwd: ROOT, stdio: 'pipe', timeout: 180_000 });
    const tarball = readdirSync(dir).find((f) => f.endsWith('.tgz'))!;
    expect(tarball).toMatch(/^scoring-\d+\.\d+\.\d+\.tgz$/u);
    const prefix = join(dir, 'prefix');
    execFileSync('npm', ['install', '-g', '--prefix', prefix, '--prefer-offline', '--no-audit', '--no-fund', join(dir, tarball)], {
      stdio: 'pipe',
      timeout: 300_000,
    });
    const elsewhere = tempDir();
    const help = execFileSync(join(prefix, 'bin', 'scoring'), ['--help'], { cwd: elsewhere, encoding: 'utf8' });
    expect(help).toContain('Cách dùng: scoring');
    expect(help).toContain('forms');
  }, 480_000);
});
