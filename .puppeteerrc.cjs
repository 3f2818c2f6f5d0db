// Puppeteer's own browser download cannot work offline; yuebao uses the system
// Chromium (see src/print/find-browser.ts), so never download one.
module.exports = { skipDownload: true };
