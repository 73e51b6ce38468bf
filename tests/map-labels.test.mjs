// Issue 15: the map reads well on small phones (320–390 px wide). No two district labels
// overlap, and label text keeps WCAG AA contrast (4.5:1) against what it sits on. Both are
// measured in the rendered SVG, as Chromium lays it out with this machine's fonts, on the
// overview and on every district's page (the selected label is styled differently), with
// every district's badge of open needs showing (issue 16): the test posts one need in each
// district and deletes them after.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, visit, request, newCoordinator, postNeed, needBody } from './support.mjs';

const WIDTHS = [320, 360, 390];
const HEIGHT = 800;
const AA = 4.5;
// Antialiasing and rounding give boxes a fraction of a pixel: touching is not overlapping.
const TOLERANCE = 0.5;
// A halo thinner than a pixel is lost in antialiasing: only a wider one counts as background.
const HALO_MIN_PX = 1;

const COORDINATOR = newCoordinator('karte-etiketten');
let browser;
let districts;
const needs = [];
before(async () => {
  COORDINATOR.add();
  for (const { number } of (await request('/api/districts')).json()) {
    // The Koordinierungsstelle's own need, placed in the district.
    needs.push(await postNeed(COORDINATOR.token, needBody(`Etikettenprobe ${number}`, { network: null, district: number })));
  }
  browser = await launch();
  districts = (await request('/api/districts')).json();
});
after(async () => {
  await browser?.close();
  for (const need of needs) {
    await request(`/api/admin/needs/${need.id}`, { method: 'DELETE', headers: { Authorization: `Bearer ${COORDINATOR.token}` } });
  }
});

/** In the page: every label's visible parts (screen boxes) and colours, and what lies under it. */
function measureMap() {
  const svg = document.querySelector('svg.district-map');
  const scale = svg.getScreenCTM().a;
  const style = (el) => getComputedStyle(el);
  // A stroke (the circle's ring, the text's halo) is visible too: half its width lies outside.
  const box = (el) => {
    const r = el.getBoundingClientRect();
    const grow = style(el).stroke === 'none' ? 0 : (parseFloat(style(el).strokeWidth) / 2) * scale;
    return { left: r.left - grow, top: r.top - grow, right: r.right + grow, bottom: r.bottom + grow };
  };
  // Colours with their opacity folded in, so that the test can put them over what lies below.
  const paint = (el, property) => ({ css: style(el)[property], opacity: Number(style(el)[`${property}Opacity`] ?? 1) });
  // What shows through a transparent SVG: the first ancestor with a background of its own.
  let backdrop = 'rgb(255, 255, 255)';
  for (let el = svg.parentElement; el; el = el.parentElement) {
    const bg = style(el).backgroundColor;
    if (bg !== 'transparent' && !/^rgba\(.*, 0\)$/.test(bg)) { backdrop = bg; break; }
  }
  const links = [...svg.querySelectorAll('.districts a.district')];
  const districtAt = (x, y) => links.find((a) => a.querySelector('path').isPointInFill(new DOMPoint(x, y)));
  const numberOf = (link) => Number(link.getAttribute('href').split('/').pop());
  const labels = [...svg.querySelectorAll('.labels .district-label')].map((g) => {
    const circle = g.querySelector('circle');
    const count = g.querySelector('text.count');
    const name = g.querySelector('text.name');
    const lines = name.querySelectorAll('tspan').length ? [...name.querySelectorAll('tspan')] : [name];
    const badge = g.querySelector('.need-badge');
    // The label belongs to the district whose outline holds the circle's centre (the seed's
    // label point lies inside it), not to whatever comes at the same place in the markup.
    const own = districtAt(circle.cx.baseVal.value, circle.cy.baseVal.value);
    // A long name can reach over a neighbour: sample its box for every fill under it.
    const under = new Map();
    const area = name.getBBox();
    for (let u = 0; u <= 10; u++) {
      for (let v = 0; v <= 4; v++) {
        const link = districtAt(area.x + (area.width * u) / 10, area.y + (area.height * v) / 4);
        if (link && link !== own) under.set(numberOf(link), paint(link.querySelector('path'), 'fill'));
      }
    }
    return {
      text: lines.map((line) => line.textContent).join(' '),
      number: own ? numberOf(own) : null,
      selected: g.classList.contains('selected'),
      ownSelected: own?.classList.contains('selected') ?? false,
      boxes: [circle, count, ...lines, ...(badge ? badge.children : [])].map(box),
      badge: badge && { text: paint(badge.querySelector('text'), 'fill'), circle: paint(badge.querySelector('circle'), 'fill') },
      name: paint(name, 'fill'),
      halo: style(name).stroke === 'none' ? null : {
        css: style(name).stroke, opacity: Number(style(name).strokeOpacity), px: (parseFloat(style(name).strokeWidth) / 2) * scale,
      },
      count: paint(count, 'fill'),
      circle: paint(circle, 'fill'),
      district: own ? paint(own.querySelector('path'), 'fill') : null,
      neighbours: [...under],
    };
  });
  return { backdrop, labels };
}

// Every page once per width, measured when a test first asks for it.
const measured = new Map();
function measureAll(width) {
  if (!measured.has(width)) measured.set(width, (async () => {
    const { context, page } = await openPage(browser, { width, height: HEIGHT });
    const results = [];
    for (const path of ['/', ...districts.map((d) => `/bezirk/${d.number}`)]) {
      await visit(page, path);
      await page.locator('svg.district-map .district-label').nth(districts.length - 1).waitFor();
      if (path !== '/') await page.locator('svg.district-map .district-label.selected').waitFor();
      // The fonts decide the text boxes; a district's fill fades in with a transition.
      await page.evaluate(() => document.fonts.ready);
      await page.evaluate(() => Promise.all(document.getAnimations()
        .filter((a) => a instanceof CSSTransition).map((a) => a.finished)));
      results.push({ path, ...(await page.evaluate(measureMap)) });
    }
    await context.close();
    return results;
  })());
  return measured.get(width);
}

// WCAG 2.x: sRGB colours from Chromium's computed style, relative luminance, contrast ratio.
function parseColour({ css, opacity = 1 }) {
  const match = /^rgba?\(([^)]+)\)$/.exec(css);
  assert.ok(match, `a plain colour, not ${css}`);
  const [r, g, b, a = 1] = match[1].split(/[\s,/]+/).filter(Boolean).map(Number);
  return { r, g, b, a: a * opacity };
}
const over = (top, under) => {
  const mix = (key) => top[key] * top.a + under[key] * (1 - top.a);
  return { r: mix('r'), g: mix('g'), b: mix('b'), a: 1 };
};
const luminance = ({ r, g, b }) => {
  const linear = (c) => (c / 255 <= 0.03928 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4);
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
};
const contrast = (one, two) => {
  const [light, dark] = [luminance(one), luminance(two)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
};
/** Text paint over a background paint (and the halo, if given, between them), over the backdrop. */
function ratio(text, background, backdrop, halo) {
  let ground = over(parseColour(background), parseColour({ css: backdrop }));
  if (halo) ground = over(parseColour(halo), ground);
  return contrast(over(parseColour(text), ground), ground);
}

/**
 * The name on its own district's fill, and on any neighbour's fill it reaches. Over a
 * neighbour the halo may carry the contrast (noted), if it is wide enough. The count on its circle.
 */
function labelContrast(label, backdrop) {
  const low = [];
  const notes = [];
  const name = ratio(label.name, label.district, backdrop);
  const count = ratio(label.count, label.circle, backdrop);
  notes.push(`name ${label.name.css} on ${label.district.css} ${name.toFixed(2)}:1, count ${label.count.css} on ${label.circle.css} ${count.toFixed(2)}:1`);
  if (name < AA) low.push(`name ${label.name.css} on its district's ${label.district.css}: ${name.toFixed(2)}:1`);
  if (count < AA) low.push(`count ${label.count.css} on ${label.circle.css}: ${count.toFixed(2)}:1`);
  if (!label.badge) {
    low.push('no badge of open needs');
  } else {
    const needs = ratio(label.badge.text, label.badge.circle, backdrop);
    notes.push(`needs ${label.badge.text.css} on ${label.badge.circle.css} ${needs.toFixed(2)}:1`);
    if (needs < AA) low.push(`needs ${label.badge.text.css} on ${label.badge.circle.css}: ${needs.toFixed(2)}:1`);
  }
  for (const [number, fill] of label.neighbours) {
    const bare = ratio(label.name, fill, backdrop);
    if (bare >= AA) continue;
    const wide = label.halo?.px >= HALO_MIN_PX;
    const haloed = wide ? ratio(label.name, fill, backdrop, label.halo) : 0;
    const halo = !label.halo ? 'no halo' : `the halo ${label.halo.css} ${label.halo.px.toFixed(2)} px wide: ${wide ? `${haloed.toFixed(2)}:1` : 'too thin'}`;
    notes.push(`over ${number} ${fill.css} ${bare.toFixed(2)}:1, with ${halo}`);
    if (haloed < AA) low.push(`name ${label.name.css} over ${number}'s ${fill.css}: ${bare.toFixed(2)}:1, with ${halo}`);
  }
  return { low, note: notes.join('; ') };
}

for (const width of WIDTHS) {
  test(`at ${width} px no two district labels overlap, on the overview or any district's page`, async (t) => {
    const overlaps = new Map();
    // The closest two labels: their gap (or, if negative, how far they reach into each other).
    let closest = { gap: Infinity };
    for (const { path, labels } of await measureAll(width)) {
      assert.equal(labels.length, districts.length, `${path}: one label per district`);
      for (const [i, one] of labels.entries()) {
        for (const two of labels.slice(i + 1)) {
          for (const a of one.boxes) {
            for (const b of two.boxes) {
              const x = Math.min(a.right, b.right) - Math.max(a.left, b.left);
              const y = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
              const gap = Math.max(-x, -y);
              if (gap < closest.gap) closest = { gap, text: `"${one.text}" and "${two.text}" on ${path}` };
              const what = `"${one.text}" and "${two.text}" by ${x.toFixed(1)}×${y.toFixed(1)} px on ${path}`;
              if (x > TOLERANCE && y > TOLERANCE && !overlaps.has(`${one.text}|${two.text}`)) overlaps.set(`${one.text}|${two.text}`, what);
            }
          }
        }
      }
    }
    t.diagnostic(`closest: ${closest.text}, ${closest.gap.toFixed(1)} px ${closest.gap < 0 ? 'into each other' : 'apart'}`);
    assert.ok(overlaps.size === 0, `labels overlap:\n${[...overlaps.values()].join('\n')}`);
  });

  test(`at ${width} px the selected district's label keeps ${AA}:1 against its fill and circle`, async (t) => {
    const low = [];
    for (const { path, backdrop, labels } of (await measureAll(width)).slice(1)) {
      const number = Number(path.split('/').pop());
      const chosen = labels.filter((l) => l.selected);
      assert.deepEqual(chosen.map((l) => l.number), [number], `${path}: exactly its own label is selected`);
      assert.ok(chosen[0].ownSelected, `${path}: the label sits on the selected district`);
      const result = labelContrast(chosen[0], backdrop);
      t.diagnostic(`${number} ${chosen[0].text}: ${result.note}`);
      low.push(...result.low.map((line) => `${path}: ${line}`));
    }
    assert.ok(low.length === 0, `too little contrast:\n${low.join('\n')}`);
  });

  test(`at ${width} px the other labels keep ${AA}:1 against their districts' fill and circles`, async (t) => {
    const low = [];
    const seen = new Set();
    for (const { path, backdrop, labels } of await measureAll(width)) {
      for (const label of labels.filter((l) => !l.selected)) {
        assert.ok(label.district, `${path}: "${label.text}" lies inside a district`);
        const result = labelContrast(label, backdrop);
        if (!seen.has(result.note)) { seen.add(result.note); t.diagnostic(`${label.text} on ${path}: ${result.note}`); }
        low.push(...result.low.map((line) => `${path} "${label.text}": ${line}`));
      }
    }
    assert.ok(low.length === 0, `too little contrast:\n${low.join('\n')}`);
  });
}
