// The floor: one plain Chromium print of a finished print HTML, cold —
// start Node and Chromium, load the page, wait for fonts, print to PDF.
// No yuebao code runs here. usage: node bench/floor.mjs INDEX.html OUT.pdf [CHROMIUM]
import puppeteer from 'puppeteer';
import { pathToFileURL } from 'node:url';

const [html, out] = process.argv.slice(2);
const browser = await puppeteer.launch({
  executablePath: process.argv[4] || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'],
});
const page = await browser.newPage();
await page.goto(pathToFileURL(html).href, { waitUntil: 'load' });
await page.evaluate(() => document.fonts.ready);
await page.pdf({ path: out, preferCSSPageSize: true, printBackground: true });
await browser.close();
