/**
 * The first-run page's entry (opened once on install by lib/background/first-run.ts): analyses the bundled demo
 * article with the same core the extension runs on pages, so each kind's example is a real flag, reads the
 * reader's shortcut keys, and renders FirstRun.
 */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { DEFAULT_SHORTCUTS, explainKinds, FirstRun, type Shortcuts } from '../../components/FirstRun';
import { analyzeDocument } from '../../lib/core/analyze';
import type { Report } from '../../lib/core/report';
import '../../lib/ui/base.css';
import './welcome.css';
import sampleHtml from '../../examples/demo-article.html?raw';

/** Where the sample article pretends to live (a reserved domain: nothing is fetched). */
const SAMPLE_URL = 'https://pedal-ledger.example/news/cargo-bike-subsidy/';

function sampleReport(): Report | null {
  try {
    return analyzeDocument(new DOMParser().parseFromString(sampleHtml, 'text/html'), SAMPLE_URL);
  } catch {
    // The page still explains every kind without examples.
    return null;
  }
}

async function readShortcuts(): Promise<Shortcuts> {
  try {
    const commands = await browser.commands.getAll();
    const keys = (name: string) => commands.find((c) => c.name === name)?.shortcut || null;
    return {
      highlight: keys('highlight-selection'),
      note: keys('note-on-selection'),
      // The toolbar button's own command: `_execute_action` in Manifest V3, `_execute_browser_action` in V2.
      openPanel: keys('_execute_action') ?? keys('_execute_browser_action'),
    };
  } catch {
    return DEFAULT_SHORTCUTS;
  }
}

const app = document.getElementById('app')!;
const kinds = explainKinds(sampleReport());
render(<FirstRun kinds={kinds} settingsHref={browser.runtime.getURL('/options.html')} />, app);
void readShortcuts().then((shortcuts) =>
  render(<FirstRun kinds={kinds} shortcuts={shortcuts} settingsHref={browser.runtime.getURL('/options.html')} />, app),
);
