/**
 * Long calls through the real dispatch gate: each can be watched (tasks:progress) and
 * cancelled (tasks:cancel) by the id its caller gave it, and a cancelled call fails with
 * `cancelled` and changes nothing: no document, no PDF file, no backup.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiChannel, ApiInput, Result } from '../../../shared/api/index.ts';
import { makeApiContext } from '../../../test/support/api-context.ts';
import { closeSharedChromium } from '../export/chromium-printer.ts';
import { flowPdf } from '../import/testing/pdf-writer.ts';
import { stopMaintenanceWorker } from '../maintenance/maintenance.ts';
import { dispatch } from './dispatch.ts';
import { apiHandlers } from './handlers.ts';

let api: Awaited<ReturnType<typeof makeApiContext>>;
beforeEach(async () => (api = await makeApiContext({ seed: true })));
afterEach(() => api.close());
afterAll(async () => {
  await closeSharedChromium();
  await stopMaintenanceWorker();
});

const call = <C extends ApiChannel>(channel: C, input: ApiInput<C>): Promise<Result<unknown>> =>
  dispatch(apiHandlers, api.context, channel, input, () => {});

async function progressOf(taskId: string) {
  const result = await call('tasks:progress', { taskId });
  if (!result.ok) throw new Error(result.error.message);
  return result.value as { state: string; fraction: number | null; stage: string | null };
}

/** Waits until the task says it is running (at `stage`, when given). */
async function untilRunning(taskId: string, stage?: string): Promise<void> {
  for (;;) {
    const progress = await progressOf(taskId);
    if (progress.state === 'running' && (stage === undefined || progress.stage === stage)) return;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

const cancelled = { ok: false, error: { code: 'cancelled', message: 'Cancelled.' } };

describe('tasks', () => {
  it('cancels a quote check between quotations', async () => {
    const list = await call('documents:list', {});
    const article = (list.ok ? (list.value as Array<{ id: string; kind: string }>) : []).find((d) => d.kind === 'news');
    const running = call('quotes:check', { documentId: article?.id ?? '', taskId: 'q1' });
    expect(await progressOf('q1')).toMatchObject({ state: 'running' });
    expect(await call('tasks:cancel', { taskId: 'q1' })).toEqual({ ok: true, value: { cancelled: true } });
    expect(await running).toEqual(cancelled);
    expect(await progressOf('q1')).toEqual({ state: 'unknown', fraction: null, stage: null });
    expect(await call('tasks:cancel', { taskId: 'q1' })).toEqual({ ok: true, value: { cancelled: false } });
    // Without a cancel the same check runs to the end.
    expect(await call('quotes:check', { documentId: article?.id ?? '', taskId: 'q2' })).toMatchObject({ ok: true });
  });

  it('reports an import’s progress and cancels it, storing nothing', async () => {
    const before = await call('documents:list', {});
    const pdf = flowPdf(
      Array.from({ length: 600 }, (_, i) => ({ text: `Paragraph ${i + 1} of a long annual report on ports.` })),
    );
    const running = call('documents:import', {
      fileName: 'annual-report.pdf',
      dataBase64: Buffer.from(pdf).toString('base64'),
      progressId: 'imp1',
    });
    await untilRunning('imp1', 'reading');
    await call('tasks:cancel', { taskId: 'imp1' });
    expect(await running).toEqual(cancelled);
    expect(await call('documents:list', {})).toEqual(before);
  });

  it('cancels a PDF export: no file is kept', async () => {
    const sample = await call('packs:createSample', {});
    const packId = sample.ok ? (sample.value as { id: string }).id : '';
    const kept = () => (existsSync(join(api.dir, 'exports')) ? readdirSync(join(api.dir, 'exports')) : []);
    const running = call('export:pdf', { packId, taskId: 'x1' });
    await untilRunning('x1', 'printing');
    await call('tasks:cancel', { taskId: 'x1' });
    expect(await running).toEqual(cancelled);
    expect(kept()).toEqual([]);
    // Exported without a cancel, the kept file is a PDF.
    const done = await call('export:pdf', { packId, taskId: 'x2' });
    expect(done).toMatchObject({ ok: true });
    const pdf = done.ok ? (done.value as { pdfBase64: string }).pdfBase64 : '';
    expect(Buffer.from(pdf, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
    expect(kept().length).toBeGreaterThan(0);
  });

  it('cancels a backup: no backup appears', async () => {
    const backups = () => (existsSync(join(api.dir, 'backups')) ? readdirSync(join(api.dir, 'backups')) : []);
    const running = call('library:backup', { taskId: 'b1' });
    await call('tasks:cancel', { taskId: 'b1' });
    expect(await running).toEqual(cancelled);
    expect(backups().filter((name) => name.endsWith('.sqlite'))).toEqual([]);
    const made = await call('library:backup', {});
    expect(made).toMatchObject({ ok: true, value: { kind: 'manual' } });
  });
});
