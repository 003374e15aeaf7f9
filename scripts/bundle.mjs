#!/usr/bin/env node
// The start-up build, the second half of `npm run build` (after tsc has written dist/):
//  - dist/bundle/main.js and dist/bundle/worker.js: the command and its --jobs worker, each one esbuild file with
//    its dependencies (chrono-node and the others) inside, so that Node reads one file instead of a few hundred.
//    They are CommonJS (dist/bundle/package.json says so), because V8 can cache the compiled code of a script
//    but Node 20 offers no such cache for an ES module: see bin/runtime.js. They sit two folders deep like
//    dist/cli/*.js, so the paths src/cli/ takes from import.meta.url hold (../../package.json, ../../schema,
//    ./worker.js beside main.js); in every other module import.meta.url is rewritten to the URL of that
//    module's own file in dist/ (dist/gazetteer/load.js for src/gazetteer/load.ts), so paths such as
//    ../../data/cities.json hold at any depth. compromise stays outside (it is required lazily, only when a
//    sentence needs it), and so do ajv and iconv-lite, required only on their rare paths.
//    bin/parley.js runs the bundle when it is not older than dist/cli/main.js.
//  - dist/gazetteer-index.json: the built gazetteer (src/gazetteer/load.ts). It is used only when it is not
//    older than the code reading it (dist/gazetteer/load.js, from tsc) and the data files hash to what it was
//    built from.
//  - dist/bundle/main.js.cache: V8's compiled code for main.js after a one-article run (scripts/code-cache.mjs),
//    written last, so that the run it comes from reads the gazetteer index as every later run will.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { root } from './cli-args.mjs';

const dist = path.join(root, 'dist');
if (!fs.existsSync(path.join(dist, 'gazetteer', 'load.js'))) {
  console.error('bundle: dist/ is not built; run `npm run build` (tsc first)');
  process.exit(2);
}

const src = path.join(root, 'src');
/**
 * import.meta.url of a module outside src/cli/ as it is in dist/ (src/cli/ and the dependencies take the
 * bundle's own URL, through `define` below).
 */
const metaUrlAsInDist = {
  name: 'import-meta-url-as-in-dist',
  setup(b) {
    b.onLoad({ filter: /\.ts$/ }, async (args) => {
      const rel = path.relative(src, args.path).split(path.sep).join('/');
      if (rel.startsWith('..') || rel.startsWith('cli/')) return undefined;
      const contents = await fs.promises.readFile(args.path, 'utf8');
      if (!contents.includes('import.meta.url')) return undefined;
      // Declared on the first line, so that the source map's lines still hold.
      const own = `const __parleyModuleUrl = new URL('../${rel.replace(/\.ts$/, '.js')}', __parleyBundleUrl).href; `;
      return { contents: own + contents.replaceAll('import.meta.url', '__parleyModuleUrl'), loader: 'ts' };
    });
  },
};

// commander requires node:child_process (with net, dgram and Node's process internals, several milliseconds) when
// it loads, for subcommands that are programs of their own; parley has none, so it gets the module only if it
// ever asks for it.
const lazyChildProcess = {
  name: 'lazy-child-process-for-commander',
  setup(b) {
    b.onResolve({ filter: /^(node:)?child_process$/ }, (args) => (/[\\/]commander[\\/]/.test(args.importer) ? { path: 'child_process', namespace: 'lazy' } : undefined));
    b.onLoad({ filter: /.*/, namespace: 'lazy' }, () => ({
      contents: "module.exports = new Proxy({}, { get: (_, name) => require('node:child_process')[name] });",
      loader: 'js',
    }));
  },
};

// Without esbuild (an unsupported platform), parley still works: bin/parley.js runs dist/cli/main.js.
const esbuild = await import('esbuild').catch((e) => {
  console.warn(`bundle: esbuild cannot load (${e.message.split('\n')[0]}); no bundle, bin/parley.js will run dist/cli/main.js`);
  return null;
});
const out = path.join(dist, 'bundle');
if (esbuild) {
  // Clear the folder, so that nothing of an older build (a code cache above all) stays behind.
  fs.rmSync(out, { recursive: true, force: true });
  await esbuild.build({
    absWorkingDir: root,
    entryPoints: { main: 'src/cli/main.ts', worker: 'src/cli/worker.ts' },
    outdir: out,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['compromise', 'ajv', 'iconv-lite'],
    // Whitespace and syntax only: names stay, so stack traces still read; dist/bundle/*.map maps them back.
    minifyWhitespace: true,
    minifySyntax: true,
    sourcemap: true,
    logLevel: 'warning',
    plugins: [metaUrlAsInDist, lazyChildProcess],
    // In a CommonJS file, import.meta.url (src/cli/'s paths, fdir's createRequire) is the bundle's URL.
    define: { 'import.meta.url': '__parleyBundleUrl' },
    banner: { js: "const __parleyBundleUrl = require('node:url').pathToFileURL(__filename).href;" },
  });
  fs.writeFileSync(path.join(out, 'package.json'), '{ "type": "commonjs" }\n');
}

const { gazetteerIndex } = await import(new URL('../dist/gazetteer/load.js', import.meta.url).href);
fs.writeFileSync(path.join(dist, 'gazetteer-index.json'), gazetteerIndex());

if (esbuild) {
  // In a process of its own: the warm-up run writes its output to standard output, here thrown away.
  const cache = spawnSync(process.execPath, [path.join(root, 'scripts', 'code-cache.mjs')], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (cache.status !== 0) console.warn('bundle: no code cache written; parley works without it, only slower to start');
}

