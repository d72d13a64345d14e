import { existsSync, readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../../test/support/temp.ts';
import { createFileLogger } from './logger.ts';

let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => (temp = makeTempDir()));
afterEach(() => temp.cleanup());

describe('file logger', () => {
  it('writes the full error, with its stack and cause, to precis.log in the data folder', () => {
    const logger = createFileLogger(temp.dir);
    logger.apiError('documents:import', new Error('disk on fire', { cause: new Error('root cause here') }));
    const text = readFileSync(logger.path, 'utf8');
    expect(logger.path.endsWith('precis.log')).toBe(true);
    expect(text).toMatch(/^\d{4}-\d\d-\d\dT[\d:.]+Z ERROR \[documents:import\] Error: disk on fire/);
    expect(text).toContain('logger.test.ts'); // the stack trace
    expect(text).toContain('root cause here');
  });

  it('rotates past its size cap, keeping one previous file', () => {
    const logger = createFileLogger(temp.dir, 2000);
    for (let i = 0; i < 60; i++) logger.info('test', `entry ${i} ${'x'.repeat(50)}`);
    expect(existsSync(`${logger.path}.1`)).toBe(true);
    expect(readFileSync(logger.path, 'utf8').length).toBeLessThan(2200);
    expect(readFileSync(logger.path, 'utf8')).toContain('entry 59');
  });
});
