/**
 * No native modules in what Précis ships: the store uses node:sqlite precisely so that the
 * app never needs an Electron/Node ABI rebuild. Build tools (Vite's bundler, Electron's
 * downloader) are dev-only and never loaded by the app.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');

function productionPackageDirs(): string[] {
  const npm = spawnSync('npm', ['ls', '--omit=dev', '--all', '--parseable'], { cwd: root, encoding: 'utf8' });
  return npm.stdout
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && line !== root);
}

function nativeFilesIn(dir: string): string[] {
  const found: string[] = [];
  const walk = (current: string, depth: number) => {
    for (const name of readdirSync(current)) {
      if (name === 'node_modules') continue; // nested packages are listed on their own
      const path = join(current, name);
      const info = statSync(path);
      if (info.isDirectory() && depth < 8) walk(path, depth + 1);
      else if (name.endsWith('.node') || name === 'binding.gyp') found.push(path);
    }
  };
  walk(dir, 0);
  return found;
}

describe('dependency tree', () => {
  it('ships no native module and no install-time compilation', () => {
    const dirs = productionPackageDirs();
    expect(dirs.length).toBeGreaterThan(10);
    const native = dirs.flatMap(nativeFilesIn);
    expect(native).toEqual([]);
    const gyp = dirs.filter((dir) => {
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { gypfile?: boolean };
      return pkg.gypfile === true || existsSync(join(dir, 'binding.gyp'));
    });
    expect(gyp).toEqual([]);
  });

  it('pins every Lexical package to the same version', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
    };
    const lexical = Object.entries(pkg.dependencies).filter(
      ([name]) => name === 'lexical' || name.startsWith('@lexical/'),
    );
    expect(lexical.length).toBeGreaterThan(3);
    expect(new Set(lexical.map(([, version]) => version)).size).toBe(1);
    expect(lexical[0]?.[1]).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('has one copy of yjs (two copies break Lexical’s collaboration binding)', () => {
    const npm = spawnSync('npm', ['ls', 'yjs', '--all', '--parseable'], { cwd: root, encoding: 'utf8' });
    const copies = new Set(
      npm.stdout
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line.endsWith(`${join('node_modules', 'yjs')}`)),
    );
    expect(copies.size).toBe(1);
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
    };
    expect(pkg.dependencies.yjs).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
