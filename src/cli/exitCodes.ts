// What the process exit status tells a script that runs `nianbao`.

export const exitCodes = {
  /**
   * Every report was checked and none has an error (warnings and hints do not count); with
   * --final, every report could be finalised.
   */
  clean: 0,
  /**
   * Every report was checked and at least one has an error; with --final, at least one could not
   * be finalised (定稿) as it stands: an error or a warning not yet dealt with.
   */
  errorsFound: 1,
  /**
   * Something could not be checked: bad usage, an unreadable file, a prior of the wrong year.
   * For `export`: the report could not be read, or an output could not be printed or written.
   * It outranks errorsFound, so that "no errors" is never read into a run that skipped a file.
   */
  couldNotCheck: 2,
} as const;

export type ExitCode = (typeof exitCodes)[keyof typeof exitCodes];
