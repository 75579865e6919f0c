import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { escapeHtml as escape } from '../../services/text.js'

/**
 * The dashboard's own files, all served by us (no CDN, nothing fetched elsewhere): the page, its
 * style sheet, a small client script and the font. The page holds no data: the script reads who is
 * asking (Telegram's initData from the launch parameters, or the login cookie), fetches the view's
 * HTML from /api/ and puts it in place; the server renders everything else (views.ts).
 */

/** The font, from the dejavu-fonts-ttf package: every Vietnamese letter, the same on every machine. */
export function dashboardFonts(): { regular: Buffer; bold: Buffer } {
  const require = createRequire(import.meta.url)
  return {
    regular: readFileSync(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf')),
    bold: readFileSync(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf')),
  }
}

/** The page: a frame the script fills; its few words in the deployment's language. */
export function shellHtml(words: { lang: string; title: string; loading: string; noScript: string }): string {
  return `<!doctype html>
<html lang="${escape(words.lang)}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
<meta name="referrer" content="no-referrer">
<title>${escape(words.title)}</title>
<link rel="stylesheet" href="/app/app.css">
</head><body>
<main id="app" aria-live="polite"><p class="hint">${escape(words.loading)}</p></main>
<noscript><p>${escape(words.noScript)}</p></noscript>
<script src="/app/app.js"></script>
</body></html>
`
}

/**
 * Telegram's theme colours as CSS variables (--tg-theme-*), with defaults for a browser and for
 * tests; the script sets them from the launch parameters' themeParams. A line ending in a backslash
 * goes on in the next (a template literal's line continuation): the served text has no break there.
 */
export const DASHBOARD_CSS = `\
@font-face{font-family:"DTB Sans";src:url(/app/font.ttf) format("truetype");font-weight:400;font-display:block}
@font-face{font-family:"DTB Sans";src:url(/app/font-bold.ttf) format("truetype");font-weight:700;font-display:block}
:root{--tg-theme-bg-color:#ffffff;--tg-theme-text-color:#1b1f23;--tg-theme-hint-color:#6b7280;--tg-theme-link-color:#1f6fb2;
--tg-theme-button-color:#2481cc;--tg-theme-button-text-color:#ffffff;--tg-theme-secondary-bg-color:#eef1f4;
--tg-theme-section-bg-color:var(--tg-theme-bg-color);--tg-theme-destructive-text-color:#c62828;color-scheme:light}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;font:14px/1.45 "DTB Sans",sans-serif;background:var(--tg-theme-secondary-bg-color);color:var(--tg-theme-text-color)}
main{max-width:1180px;margin:0 auto;padding:12px}
a{color:var(--tg-theme-link-color);text-decoration:none}
h1{font-size:20px;margin:14px 0 10px}
h2{font-size:15px;margin:0 0 8px}
.hint{color:var(--tg-theme-hint-color)}
.error{color:var(--tg-theme-destructive-text-color);font-weight:700}
.top .committee{font-weight:700;margin:0}
.top .asof{margin:2px 0 8px;color:var(--tg-theme-hint-color);font-size:12px}
.tabs{display:grid;grid-template-columns:repeat(4,1fr);border-bottom:1px solid var(--tg-theme-hint-color)}
.tabs a{padding:8px 4px;text-align:center;border-bottom:3px solid transparent;color:var(--tg-theme-text-color);\
display:flex;align-items:center;justify-content:center}
.tabs a[aria-current]{border-bottom-color:var(--tg-theme-button-color);font-weight:700}
.filters{display:flex;flex-wrap:wrap;gap:8px;margin:10px 0}
.filters label{display:flex;flex-direction:column;font-size:12px;color:var(--tg-theme-hint-color);flex:1 1 150px;min-width:0}
.top .switch{margin:4px 0 6px}
.top .switch label{flex:0 1 480px}
.top .switch select{font-weight:700}
.filters select{font:inherit;font-size:14px;padding:6px;border-radius:8px;border:1px solid var(--tg-theme-hint-color);
background:var(--tg-theme-bg-color);color:var(--tg-theme-text-color);width:100%}
.grid{display:grid;grid-template-columns:repeat(auto-fit,minmax(320px,1fr));gap:12px}
.card{background:var(--tg-theme-section-bg-color);border-radius:12px;padding:12px;min-width:0}
.card.wide{grid-column:1/-1}
.chart{display:block;max-width:560px;margin:0 auto;font-family:"DTB Sans",sans-serif}
.chart text{fill:var(--tg-theme-text-color);font-size:13px}
.chart .big{font-size:30px;font-weight:700}
.chart .hint{fill:var(--tg-theme-hint-color);font-size:12px}
.chart .axis{fill:var(--tg-theme-hint-color);font-size:12px}
.chart .grid{stroke:var(--tg-theme-hint-color);stroke-opacity:.3}
.legend{display:flex;flex-wrap:wrap;gap:4px 12px;list-style:none;padding:0;margin:8px 0 0;font-size:12px}
.swatch{display:inline-block;width:10px;height:10px;border-radius:2px;margin-right:5px;vertical-align:baseline}
.figures{display:grid;grid-template-columns:repeat(4,1fr);gap:6px;margin:8px 0}
.figure{display:flex;flex-direction:column;align-items:center;background:var(--tg-theme-secondary-bg-color);\
border-radius:8px;padding:6px 2px;font-size:12px}
.figure b{font-size:18px}
ol.tasks{list-style:none;padding:0;margin:0}
ol.tasks li{border-top:1px solid var(--tg-theme-secondary-bg-color)}
ol.tasks a{display:grid;grid-template-columns:auto 1fr;gap:0 8px;padding:7px 0;color:var(--tg-theme-text-color)}
ol.tasks .num{grid-row:span 2;font-weight:700;color:var(--tg-theme-link-color);min-width:2.2em;text-align:right}
ol.tasks .title{font-weight:700;overflow-wrap:anywhere}
ol.tasks .meta{color:var(--tg-theme-hint-color);font-size:12px}
.late,.bad{color:var(--tg-theme-destructive-text-color)}
.badge{display:inline-block;border-radius:10px;padding:0 7px;font-size:11px;color:#fff;white-space:nowrap}
.badge.done-on-time{background:#2e7d32}.badge.done-late{background:#f9a825;color:#1b1f23}
.badge.open-in-term{background:#1e88e5}.badge.open-overdue{background:#c62828}.badge.cancelled{background:#757575}
.split{display:grid;grid-template-columns:repeat(auto-fit,minmax(240px,1fr));gap:12px}
table.kv{border-collapse:collapse;width:100%}
table.kv caption{text-align:left;font-weight:700;padding-bottom:4px}
table.kv th{text-align:left;font-weight:400;color:var(--tg-theme-hint-color);padding:3px 8px 3px 0;vertical-align:top}
table.kv td{text-align:right;padding:3px 0}
table.facts{background:var(--tg-theme-section-bg-color);border-radius:12px;margin-bottom:12px}
table.facts th,table.facts td{padding:6px 10px;text-align:left}
table.facts th{width:1%;white-space:nowrap}
.scroll{overflow-x:auto;background:var(--tg-theme-section-bg-color);border-radius:12px}
table.data{border-collapse:collapse;width:100%;font-size:13px}
table.data th,table.data td{padding:7px 8px;border-bottom:1px solid var(--tg-theme-secondary-bg-color);white-space:nowrap}
table.data th{text-align:left;position:sticky;top:0;background:var(--tg-theme-section-bg-color)}
table.data td:first-child{white-space:normal;min-width:110px}
.n{text-align:right}
.pager{display:flex;gap:12px;justify-content:center;align-items:center;margin:12px 0}
.chips{display:flex;flex-wrap:wrap;gap:6px;margin:4px 0}
.chips a{border:1px solid var(--tg-theme-link-color);border-radius:14px;padding:2px 10px}
.chips a[aria-current]{background:var(--tg-theme-button-color);color:var(--tg-theme-button-text-color);\
border-color:var(--tg-theme-button-color)}
.lead{font-size:16px;font-weight:700;margin:0 0 8px}
blockquote{margin:0 0 12px;padding:8px 12px;border-left:3px solid var(--tg-theme-hint-color);background:var(--tg-theme-section-bg-color)}
ol.history{padding-left:18px;margin:0}ol.history li{margin:4px 0}ol.history time{color:var(--tg-theme-hint-color);font-size:12px}
ol.timeline{list-style:none;padding:0;margin:0}
.timeline .month h2{margin:16px 0 6px;color:var(--tg-theme-hint-color)}
.timeline .session{display:grid;grid-template-columns:96px 1fr;gap:8px;background:var(--tg-theme-section-bg-color);\
border-radius:12px;padding:10px;margin-bottom:8px}
.timeline .session p{margin:0 0 4px}
.timeline .when{font-weight:700;font-size:13px}
.timeline .status{font-size:11px;border-radius:10px;padding:0 7px;background:var(--tg-theme-secondary-bg-color);white-space:nowrap}
.timeline .cancelled .what{opacity:.6;text-decoration:line-through}
.timeline .meta,.timeline .rollup{font-size:12px;color:var(--tg-theme-hint-color)}
.stack{display:flex;height:8px;border-radius:4px;overflow:hidden;margin:4px 0;max-width:360px}
@media (max-width:480px){main{padding:8px}.timeline .session{grid-template-columns:1fr}.figure b{font-size:16px}
table.data{font-size:12px}table.data th,table.data td{padding:6px 4px}table.data th{white-space:normal;vertical-align:bottom}
table.data td:first-child{min-width:80px}}
`

/**
 * The client: reads Telegram's launch parameters (initData and the theme) from the page's address —
 * Telegram passes them after '#' — keeps initData for the session, routes #/view?… to /api/view?…
 * with `Authorization: tma <initData>` (or the login cookie), puts the returned HTML in place, turns
 * filter changes into routes, and tells Telegram the page is ready. No library, nothing fetched
 * from elsewhere. A line ending in a backslash goes on in the next, as in DASHBOARD_CSS.
 */
export const DASHBOARD_SCRIPT = `(function () {
  'use strict'
  var KEY = 'dtb-init-data'
  var main = document.getElementById('app')
  var launch = new URLSearchParams(location.hash.slice(1))
  var webApp = window.Telegram && window.Telegram.WebApp
  var initData = (webApp && webApp.initData) || launch.get('tgWebAppData') || sessionStorage.getItem(KEY) || ''
  if (initData) sessionStorage.setItem(KEY, initData)
  var theme = (webApp && webApp.themeParams) || parse(launch.get('tgWebAppThemeParams')) || parse(sessionStorage.getItem(KEY + '-theme'))
  if (theme) {
    sessionStorage.setItem(KEY + '-theme', JSON.stringify(theme))
    Object.keys(theme).forEach(function (key) {
      var value = String(theme[key])
      if (/^#[0-9a-f]{3,8}$/i.test(value)) document.documentElement.style.setProperty('--tg-theme-' + key.replace(/_/g, '-'), value)
    })
  }
  if (launch.has('tgWebAppData') || !/^#\\//.test(location.hash)) \
history.replaceState(null, '', location.pathname + location.search + '#/overview')
  post('web_app_ready')
  post('web_app_expand')
  window.addEventListener('hashchange', load)
  document.addEventListener('change', function (event) {
    var form = event.target && event.target.form
    if (!form || !form.classList.contains('filters')) return
    var route = current()
    var query = new URLSearchParams(route.query)
    var dropped = (form.getAttribute('data-drop') || '').split(' ')
    dropped.forEach(function (name) {
      if (name) query.delete(name)
    })
    Array.prototype.forEach.call(form.elements, function (field) {
      if (!field.name) return
      if (field.value) query.set(field.name, field.value)
      else query.delete(field.name)
    })
    query.delete('page')
    location.hash = '#/' + (form.getAttribute('data-view') || route.view) + '?' + query.toString()
  })
  load()

  function parse(text) {
    try { return text ? JSON.parse(text) : null } catch (e) { return null }
  }
  function current() {
    var hash = location.hash.replace(/^#\\/?/, '')
    var at = hash.indexOf('?')
    return { view: (at < 0 ? hash : hash.slice(0, at)) || 'overview', query: at < 0 ? '' : hash.slice(at + 1) }
  }
  function load() {
    var route = current()
    main.setAttribute('aria-busy', 'true')
    main.removeAttribute('data-ready')
    var headers = initData ? { Authorization: 'tma ' + initData } : {}
    fetch('/api/' + encodeURIComponent(route.view) + (route.query ? '?' + route.query : ''), \
{ headers: headers, credentials: 'same-origin' })
      .then(function (response) {
        return response.json().then(function (body) { return { status: response.status, body: body } })
      })
      .then(function (answer) {
        if (answer.status !== 200) {
          main.innerHTML = '<p class="error"></p>'
          main.firstChild.textContent = answer.body.error || String(answer.status)
          main.setAttribute('data-status', String(answer.status))
        } else {
          main.removeAttribute('data-status')
          document.title = answer.body.title
          document.documentElement.lang = answer.body.lang
          main.innerHTML = answer.body.html
        }
      })
      .catch(function () {
        main.innerHTML = '<p class="error"></p>'
        main.firstChild.textContent = document.documentElement.getAttribute('data-offline') || 'Network error'
      })
      .then(function () {
        main.removeAttribute('aria-busy')
        main.setAttribute('data-ready', route.view)
        window.scrollTo(0, 0)
      })
  }
  function post(type) {
    var data = JSON.stringify({ eventType: type, eventData: {} })
    try {
      if (window.TelegramWebviewProxy) window.TelegramWebviewProxy.postEvent(type, '{}')
      else if (window.parent !== window) window.parent.postMessage(data, '*')
    } catch (e) {}
  }
})()
`
