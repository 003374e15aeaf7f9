// Typed errors: the library throws them, the CLI turns them into one-line messages and exit codes.
export class ParleyError extends Error {
  constructor(message: string, readonly code: string) {
    super(message);
    this.name = 'ParleyError';
  }
}

/** A usage mistake: a malformed option value (exit code 2 at the command line). */
export class UsageError extends ParleyError {
  constructor(message: string) {
    super(message, 'usage');
    this.name = 'UsageError';
  }
}

/** An input that cannot be read or decoded (exit code 1; the other inputs are still processed). */
export class InputError extends ParleyError {
  constructor(message: string) {
    super(message, 'input');
    this.name = 'InputError';
  }
}
