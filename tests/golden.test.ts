// Golden files: each fixture article's whole Result, every mention included (mentions: 'all'), is compared with
// fixtures/expected/<name>.json; its events are also those of the default reading (properties.test.ts checks
// the two readings agree). Rewrite them only on purpose, and read the diff: `npm run update-golden`.
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';
import { ROOT, TODAY, schemaErrors, spanErrors } from './helpers.js';

const ARTICLES = join(ROOT, 'fixtures', 'articles');
const EXPECTED = join(ROOT, 'fixtures', 'expected');
const update = process.env.UPDATE_GOLDEN === '1';
const files = readdirSync(ARTICLES).filter((f) => f.endsWith('.txt')).sort();

describe('golden files', () => {
  it('has fixture articles', () => expect(files.length).toBeGreaterThanOrEqual(6));

  it.each(files)('%s', (name) => {
    const text = readFileSync(join(ARTICLES, name), 'utf8');
    const result = { file: `fixtures/articles/${name}`, ...extract(text, { today: TODAY, mentions: 'all' }) };
    expect(extract(text, { today: TODAY }).events).toEqual(result.events);
    expect(schemaErrors(result)).toEqual([]);
    expect(spanErrors(text, result)).toEqual([]);
    const path = join(EXPECTED, name.replace(/\.txt$/, '.json'));
    const actual = `${JSON.stringify(result, null, 2)}\n`;
    if (update) {
      mkdirSync(EXPECTED, { recursive: true });
      writeFileSync(path, actual);
      return;
    }
    expect(existsSync(path), `${path} is missing: run npm run update-golden and review it`).toBe(true);
    expect(JSON.parse(actual)).toEqual(JSON.parse(readFileSync(path, 'utf8')));
  });
});
