// Types for chromium-path.mjs, which stays plain JavaScript so Node runs it without a build step.

export interface ChromiumCandidate {
  readonly path: string;
  readonly source: string;
}

export const chromiumPathVariables: readonly string[];
export const defaultChromiumPath: string;
export const chromiumLaunchArgs: readonly string[];
export function listChromiumCandidates(): ChromiumCandidate[];
export function findChromium(): ChromiumCandidate | undefined;
