/* global window, document, atob, TextDecoder, URLSearchParams */
// Runs inside the single-file Allure report (src/run/report-page.ts adds it). A requirement link
// under a scenario's Links opens a panel with the requirement's wording and every scenario of the
// run that carries it, each opening that scenario. Everything comes from the report's own data
// (window.allureReportData: the search index for which scenarios carry a requirement tag, a
// scenario's result for the wording its link was given and its status), so it works offline, in
// the evidence pack's copy and in a merged report alike. `index.html?requirement=REQ-…` opens the
// panel when the report opens, so a reviewer's note can point at a requirement.
(function () {
  'use strict';

  const LINK = '[data-testid="test-result-meta-link"]';
  const ID = /^(REQ-[A-Za-z0-9]+(?:[.-][A-Za-z0-9]+)*)(?::\s|$)/;

  function data(name) {
    const base64 = (window.allureReportData || {})[name];
    if (!base64) return undefined;
    const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
    return JSON.parse(new TextDecoder().decode(bytes));
  }

  let carriers;
  /** Requirement ID → the scenarios whose tags carry it, in the report's order. */
  function scenariosCarrying(id) {
    if (!carriers) {
      carriers = new Map();
      for (const document of data('widgets/search-index.json') || []) {
        for (const tag of (document.tags || '').split(/\s+/)) {
          if (!tag.startsWith('@REQ-')) continue;
          const requirement = tag.slice(1);
          if (!carriers.has(requirement)) carriers.set(requirement, []);
          carriers.get(requirement).push({ id: document.id, name: document.name });
        }
      }
    }
    return carriers.get(id) || [];
  }

  function resultOf(scenario) {
    try {
      return data(`data/test-results/${scenario.id}.json`) || {};
    } catch {
      return {};
    }
  }

  /** The suite's verdict (README, "Verdicts") from Allure's status and the scenario's message. */
  function verdictOf(result) {
    const message = (result.error && result.error.message) || '';
    if (result.status === 'passed') return 'pass';
    if (result.status === 'failed') return 'fail';
    if (result.status === 'broken') return message.startsWith('Inconclusive') ? 'inconclusive' : 'error';
    if (result.status === 'skipped') return message.startsWith('Not applicable') ? 'not applicable' : 'skipped';
    return result.status || '';
  }

  function element(tag, attributes, text) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes || {})) node.setAttribute(name, value);
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function open(id) {
    const scenarios = scenariosCarrying(id).map((scenario) => ({ ...scenario, result: resultOf(scenario) }));
    // The wording the run gave the requirement's links (scenarios/requirements.yaml at the time).
    const link = scenarios.flatMap((scenario) => scenario.result.links || []).find((candidate) => (candidate.name || '').startsWith(`${id}: `));
    const wording = link ? link.name.slice(id.length + 2) : 'The run recorded no wording for this requirement.';

    document.getElementById('mhhs-requirement')?.remove();
    const panel = element('dialog', { id: 'mhhs-requirement', 'data-testid': 'requirement-panel', 'aria-labelledby': 'mhhs-requirement-id' });
    panel.append(element('h2', { id: 'mhhs-requirement-id', 'data-testid': 'requirement-id' }, id));
    panel.append(element('p', { 'data-testid': 'requirement-wording' }, wording));
    panel.append(element('p', {}, scenarios.length === 1 ? 'One scenario of this run carries it:' : `${scenarios.length} scenarios of this run carry it:`));
    const list = element('ul', { 'data-testid': 'requirement-scenarios' });
    for (const scenario of scenarios) {
      const item = element('li');
      item.append(element('span', { class: 'status' }, verdictOf(scenario.result)));
      // The report's own address of a scenario; its router opens it on the change of hash.
      const anchor = element('a', { href: `#${scenario.id}`, 'data-testid': 'requirement-scenario' }, scenario.name);
      anchor.addEventListener('click', () => panel.close());
      item.append(anchor);
      list.append(item);
    }
    panel.append(list);
    const close = element('button', { type: 'button', 'data-testid': 'requirement-close' }, 'Close');
    close.addEventListener('click', () => panel.close());
    panel.append(close);
    document.body.append(panel);
    panel.showModal();
  }

  // Captured before the template's own handlers; a link that is no requirement is left to it.
  document.addEventListener(
    'click',
    (event) => {
      const link = event.target instanceof window.Element ? event.target.closest(LINK) : null;
      const id = link && ID.exec((link.textContent || '').trim());
      if (!id) return;
      event.preventDefault();
      open(id[1]);
    },
    true,
  );

  const asked = new URLSearchParams(window.location.search).get('requirement');
  if (asked) {
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => open(asked));
    else open(asked);
  }
})();
