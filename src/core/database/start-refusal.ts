/** A start that cannot go ahead for a reason the operator can fix: main.ts prints the message as
 * one line and exits with `exitCode`, without a stack trace. Thrown before anything is changed. */
export class StartRefusal extends Error {
  constructor(
    message: string,
    /** sysexits.h: 75 EX_TEMPFAIL (busy), 77 EX_NOPERM (permissions). */
    readonly exitCode: number,
  ) {
    super(message);
  }
}
