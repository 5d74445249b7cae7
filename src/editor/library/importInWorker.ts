// Runs one import in its own worker. The outcome arrives as a promise; cancel() ends the worker at
// once (the importer is synchronous, so stopping it means stopping its thread) and the promise then
// gives undefined.

import type { ImportOutcome, ImportStep } from '../../model/import/result.ts';
import type { ImportReply, ImportRequest } from './importWorker.ts';

export interface ImportRun {
  readonly outcome: Promise<ImportOutcome | undefined>;
  readonly cancel: () => void;
}

const crashed: ImportOutcome = {
  ok: false,
  message: '识别程序出错，未能读入这份年报；原文未作改动，可以再试一次。',
};

export function importInWorker(
  request: ImportRequest,
  onStep: (step: ImportStep) => void,
): ImportRun {
  const worker = new Worker(new URL('./importWorker.ts', import.meta.url), { type: 'module' });
  let settle: (outcome: ImportOutcome | undefined) => void = () => {};
  const outcome = new Promise<ImportOutcome | undefined>((resolve) => {
    settle = (result) => {
      worker.terminate();
      resolve(result);
    };
  });
  worker.addEventListener('message', ({ data }: MessageEvent<ImportReply>) => {
    if (data.type === 'step') onStep(data.step);
    else settle(data.outcome);
  });
  worker.addEventListener('error', () => settle(crashed));
  worker.postMessage(request);
  return { outcome, cancel: () => settle(undefined) };
}
