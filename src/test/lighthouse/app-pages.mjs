// The app's (Vaadin's) signed-in pages in Chromium, as a member on a phone over Slow 4G would get them: the first load
// of a page (HTML, Vaadin's client, the first server round trip) until Vaadin is idle, then a navigation inside the
// app (a click in the menu) until Vaadin is idle again. Prints the times and the bytes transferred.
//
//   node src/test/lighthouse/app-pages.mjs http://localhost:8080 expert@passerelle.demo demo-passerelle-2026 profile missions/for-you
//
// Uses the puppeteer-core that comes with the pinned Lighthouse (run run.sh once first) and Debian's chromium.
import { createRequire } from 'node:module';
import path from 'node:path';
const require = createRequire(path.resolve(process.env.LIGHTHOUSE_WORK || 'target/lighthouse', 'package.json'));
const puppeteer = require('puppeteer-core');

const [base, email, password, first, next] = process.argv.slice(2);
const idle = () => !!window.Vaadin && !!window.Vaadin.Flow && !!window.Vaadin.Flow.clients
    && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive()) && document.readyState === 'complete';

const browser = await puppeteer.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--disable-quic',
        '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
    const page = await browser.newPage();
    await page.setViewport({ width: 390, height: 844, isMobile: true, deviceScaleFactor: 1 });
    // sign in by the login form's POST, as the browser does
    await page.goto(base + '/login');
    await page.evaluate(async (email, password) => { await fetch('/login', { method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ username: email, password }) }); }, email, password);
    const cdp = await page.createCDPSession();
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: 1.6 * 1024 * 1024 / 8,
        uploadThroughput: 750 * 1024 / 8 });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    for (const cache of ['cold', 'warm']) {
        if (cache === 'cold') await cdp.send('Network.clearBrowserCache');
        let bytes = 0;
        const count = e => { bytes += e.encodedDataLength; };
        cdp.on('Network.loadingFinished', count);
        let start = Date.now();
        await page.goto(`${base}/${first}`);
        await page.waitForFunction(idle, { polling: 50, timeout: 120000 });
        const load = Date.now() - start;
        const loadBytes = bytes;
        bytes = 0;
        start = Date.now();
        await page.evaluate(route => {
            const item = [...document.querySelectorAll('vaadin-side-nav-item')].find(i => i.getAttribute('path') === route);
            item.shadowRoot.querySelector('a').click();
        }, next);
        await page.waitForFunction(route => location.pathname === '/' + route, { polling: 50, timeout: 60000 }, next);
        await page.waitForFunction(idle, { polling: 50, timeout: 120000 });
        const navigation = Date.now() - start;
        cdp.off('Network.loadingFinished', count);
        console.log(`/${first} first load (${cache} cache): ${load} ms, ${loadBytes} bytes · navigation to /${next}: ${navigation} ms, ${bytes} bytes`);
    }
} finally {
    await browser.close();
}
