// Reads and validates a --gazetteer file against schema/gazetteer.schema.json; every problem becomes one
// UsageError line naming where in the file it is.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { UserGazetteer } from '../gazetteer/load.js';
import { UsageError } from '../errors.js';

// ajv is a large library: it is loaded only when there is a --gazetteer file to check.
const loadAjv = () => createRequire(import.meta.url)('ajv') as typeof import('ajv');

export function readGazetteer(path: string): UserGazetteer {
  const text = readFileSync(path, 'utf8');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new UsageError(`not valid JSON (${(e as Error).message})`);
  }
  const schema = JSON.parse(readFileSync(new URL('../../schema/gazetteer.schema.json', import.meta.url), 'utf8'));
  const validate = new (loadAjv().Ajv)({ allErrors: false, strict: false }).compile(schema);
  if (!validate(value)) {
    const err = validate.errors![0];
    const where = err.instancePath || '(top level)';
    const extra = err.keyword === 'additionalProperties' ? ` "${(err.params as { additionalProperty: string }).additionalProperty}"` : '';
    throw new UsageError(`${where} ${err.message}${extra}`);
  }
  return value as UserGazetteer;
}
