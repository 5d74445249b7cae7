// Why a file could not be used, shared by every command: one sentence, then each problem found.

export interface Failure {
  readonly summary: string;
  readonly details: readonly string[];
}
