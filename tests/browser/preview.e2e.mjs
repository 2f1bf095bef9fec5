// End-to-end check of `prikaz preview` in Debian's headless Chromium, driven by playwright-core.
// Started by tests/Prikaz.Tests/Preview/PreviewBrowserTests.cs with a running preview:
//   node preview.e2e.mjs --url URL --file ROADMAP.yaml --title TITLE --marker WORD --edits N --screenshots DIR
// It edits ROADMAP.yaml on disk the way an editor saves (a temporary file, then a rename), and prints one
// JSON report on stdout; the C# test asserts on it. Every wait is bounded, so a broken page fails, not hangs.
import { chromium } from 'playwright-core';
import { mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';

const args = Object.fromEntries(process.argv.slice(2).reduce((pairs, arg, i, all) =>
  arg.startsWith('--') ? [...pairs, [arg.slice(2), all[i + 1]]] : pairs, []));
const edits = Number(args.edits ?? 5);
const timeout = 15000;

// As an editor saves: the new text goes to a temporary file beside the original, then replaces it.
function save(text) {
  const temporary = join(dirname(args.file), `.${basename(args.file)}.${process.pid}.swp`);
  writeFileSync(temporary, text);
  renameSync(temporary, args.file);
}

const lineOf = (text, needle) => text.slice(0, text.indexOf(needle)).split('\n').length;
const median = values => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const profile = mkdtempSync(join(tmpdir(), 'prikaz-chromium-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: '/usr/bin/chromium',
  headless: true,
  viewport: { width: 1400, height: 900 },
  // The network here is closed: no background connections, no component updates, no QUIC.
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const report = { steps: [] };
try {
  const page = context.pages()[0] ?? await context.newPage();
  page.setDefaultTimeout(timeout);
  const pageErrors = [];
  page.on('pageerror', error => pageErrors.push(String(error)));

  await page.goto(args.url);
  const shownVersion = () => page.evaluate(() => window.prikazPreview.editions.current.shown);
  await page.waitForFunction(() => window.prikazPreview && window.prikazPreview.editions.current.shown >= 1);
  await page.waitForFunction(title => document.title.includes(title), args.title);
  report.title = await page.title();
  const frame = page.frameLocator('#current-frame');
  const frameHandle = await (await page.$('#current-frame')).contentFrame();

  // Put the marked item in the middle of the view, then remember where the view is.
  let text = readFileSync(args.file, 'utf8');
  let marker = `${args.marker}0`;
  await frame.locator('td', { hasText: marker }).first().scrollIntoViewIfNeeded();
  await frameHandle.evaluate(() => {
    window.scrollBy(0, -200);
    window.prikazKept = 'same document';
  });
  report.scrollBefore = await frameHandle.evaluate(() => window.scrollY);

  // Edits: each one timed from the save to the paint after the swap.
  report.saveToPaint = [];
  // Per edit, ms after the save: event received, HTML fetched, DOM swapped, painted.
  report.phases = [];
  for (let i = 1; i <= edits; i++) {
    const next = `${args.marker}${i}`;
    const before = await shownVersion();
    text = text.replace(marker, next);
    await page.evaluate(() => performance.mark('prikaz-save'));
    save(text);
    await page.waitForFunction(version => performance.getEntriesByName('prikaz-paint')
      .some(mark => mark.detail.edition === 'current' && mark.detail.version > version), before);
    const figure = await page.evaluate(version => {
      const saved = performance.getEntriesByName('prikaz-save').at(-1);
      const painted = performance.getEntriesByName('prikaz-paint')
        .find(mark => mark.detail.edition === 'current' && mark.detail.version > version);
      return painted.startTime - saved.startTime;
    }, before);
    report.saveToPaint.push(Math.round(figure * 10) / 10);
    report.phases.push(await page.evaluate(() => {
      const last = name => performance.getEntriesByName(name).at(-1).startTime;
      const saved = last('prikaz-save');
      return ['prikaz-event', 'prikaz-fetched', 'prikaz-swap', 'prikaz-paint'].map(name => Math.round(last(name) - saved));
    }));
    if (!(await frame.locator('td', { hasText: next }).count())) {
      throw new Error(`the page does not show «${next}» after the edit`);
    }

    marker = next;
  }

  report.saveToPaintMedian = median(report.saveToPaint);
  report.scrollAfter = await frameHandle.evaluate(() => window.scrollY);
  report.sameDocument = await frameHandle.evaluate(() => window.prikazKept === 'same document');
  report.steps.push('edited');

  // Break the file: a field the schema does not know, on a line of its own.
  const good = text;
  const markerLine = good.split('\n')[lineOf(good, marker) - 1];
  const indent = ' '.repeat(markerLine.indexOf('activity:'));
  const broken = good.replace(markerLine, `${markerLine}\n${indent}неизвестное_поле: да`);
  report.brokenLine = lineOf(good, marker) + 1;
  save(broken);
  await page.locator('#overlay').waitFor({ state: 'visible' });
  report.overlayText = await page.locator('#overlay').innerText();
  report.keptWhileBroken = (await frame.locator('td', { hasText: marker }).count()) > 0;
  await page.screenshot({ path: join(args.screenshots, 'preview-errors.png') });
  report.steps.push('broken');

  // Fix it: the overlay goes.
  save(good);
  await page.locator('#overlay').waitFor({ state: 'hidden' });
  report.overlayGone = true;
  report.steps.push('fixed');

  // From the page to the source: a click on the cell shows its YAML line.
  await frame.locator('td', { hasText: marker }).first().click();
  await page.locator('#source').waitFor({ state: 'visible' });
  report.sourceText = await page.locator('#source-text').innerText();
  report.sourceLink = await page.locator('#source-link').getAttribute('href');
  report.markerLine = lineOf(good, marker);
  await page.screenshot({ path: join(args.screenshots, 'preview.png') });
  report.steps.push('clicked');

  report.pageErrors = pageErrors;
} catch (error) {
  report.failure = String(error && error.stack || error);
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}

process.stdout.write(JSON.stringify(report) + '\n');
process.exitCode = report.failure ? 1 : 0;
