// One short reason for a failed input, from a thrown error.
import { InputError } from '../errors.js';

export function reasonOf(e: unknown): string {
  if (e instanceof InputError) return e.message;
  const err = e as NodeJS.ErrnoException;
  switch (err?.code) {
    case 'ENOENT': return 'no such file or folder';
    case 'EACCES': case 'EPERM': return 'permission denied';
    case 'EISDIR': return 'is a folder';
    case 'ELOOP': return 'too many levels of symbolic links';
    case 'ENOTDIR': return 'no such file or folder';
    default: return err?.message ?? String(e);
  }
}
