// Where the CLI writes. Commands take this instead of touching `process`, so they stay callable
// from a test or another script.

export interface CliOutput {
  /** Results: the report's findings, the sample file, help asked for. */
  readonly stdout: (text: string) => void;
  /** What went wrong with the run itself: usage, unreadable files. */
  readonly stderr: (text: string) => void;
}

export const processOutput: CliOutput = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};
