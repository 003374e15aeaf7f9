#!/usr/bin/env node
// The start-up build, the second half of `npm run build` (after tsc has written dist/):
//  - dist/bundle/main.js and dist/bundle/worker.js: the command and its --jobs worker, each one esbuild file with
//    its dependencies (chrono-node and the others) inside, so that Node loads one module instead of a few hundred.
//    They sit two folders deep like dist/cli/*.js, so the paths src/cli/ takes from import.meta.url hold
//    (../../package.json, ../../schema, ./worker.js beside main.js); in every other module import.meta.url is
//    rewritten to the URL of that module's own file in dist/ (dist/gazetteer/load.js for src/gazetteer/load.ts),
//    so paths such as ../../data/cities.json hold at any depth. compromise stays outside (it is required lazily,
//    only when a sentence needs it), and so do ajv and iconv-lite, required only on their rare paths.
//    bin/parley.js runs the bundle when it is not older than dist/cli/main.js.
//  - dist/gazetteer-index.json: the built gazetteer (src/gazetteer/load.ts), written last: it is used only
//    when it is not older than the code reading it and the data files hash to what it was built from.
import fs from 'node:fs';
import path from 'node:path';
import { root } from './cli-args.mjs';

const dist = path.join(root, 'dist');
if (!fs.existsSync(path.join(dist, 'gazetteer', 'load.js'))) {
  console.error('bundle: dist/ is not built; run `npm run build` (tsc first)');
  process.exit(2);
}

const src = path.join(root, 'src');
/** import.meta.url of a module outside src/cli/ as it is in dist/: the bundle lives in dist/bundle/. */
const metaUrlAsInDist = {
  name: 'import-meta-url-as-in-dist',
  setup(b) {
    b.onLoad({ filter: /\.ts$/ }, async (args) => {
      const rel = path.relative(src, args.path).split(path.sep).join('/');
      if (rel.startsWith('..') || rel.startsWith('cli/')) return undefined;
      const contents = await fs.promises.readFile(args.path, 'utf8');
      if (!contents.includes('import.meta.url')) return undefined;
      // Declared on the first line, so that the source map's lines still hold.
      const own = `const __parleyModuleUrl = new URL('../${rel.replace(/\.ts$/, '.js')}', import.meta.url).href; `;
      return { contents: own + contents.replaceAll('import.meta.url', '__parleyModuleUrl'), loader: 'ts' };
    });
  },
};

// Without esbuild (an unsupported platform), parley still works: bin/parley.js runs dist/cli/main.js.
const esbuild = await import('esbuild').catch((e) => {
  console.warn(`bundle: esbuild cannot load (${e.message.split('\n')[0]}); no bundle, bin/parley.js will run dist/cli/main.js`);
  return null;
});
// Chunk names carry a hash: clear the folder so that no chunk of an older build stays behind.
if (esbuild) fs.rmSync(path.join(dist, 'bundle'), { recursive: true, force: true });
await esbuild?.build({
  absWorkingDir: root,
  entryPoints: { main: 'src/cli/main.ts', worker: 'src/cli/worker.ts' },
  outdir: path.join(dist, 'bundle'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  // Dynamic imports (tinyglobby for glob patterns, cli-progress for the bar) become chunks of their own
  // (dist/bundle/chunk-*.js), read only by the runs that need them.
  splitting: true,
  target: 'node20',
  external: ['compromise', 'ajv', 'iconv-lite'],
  // Whitespace and syntax only: names stay, so stack traces still read; dist/bundle/*.map maps them back.
  minifyWhitespace: true,
  minifySyntax: true,
  sourcemap: true,
  logLevel: 'warning',
  plugins: [metaUrlAsInDist],
  // CommonJS dependencies bundled into an ES module still call require() for Node's own modules.
  banner: { js: "import { createRequire as __parleyCreateRequire } from 'node:module';\nconst require = __parleyCreateRequire(import.meta.url);" },
});

const { gazetteerIndex } = await import(new URL('../dist/gazetteer/load.js', import.meta.url).href);
fs.writeFileSync(path.join(dist, 'gazetteer-index.json'), gazetteerIndex());
