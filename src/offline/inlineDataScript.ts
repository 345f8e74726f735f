/**
 * The element that carries the data files inside the single-file build:
 * <script type="application/json" id="inline-data">{ "<path>": "<file text>" }</script>, which
 * fetchData reads instead of fetching. Every "<" is written as the JSON escape \u003c, so no
 * "</script>" or "<!--" in an event's text can end or confuse the element; JSON.parse restores it.
 */
export function inlineDataScript(files: Readonly<Record<string, string>>): string {
  const json = JSON.stringify(files).replaceAll('<', '\\u003c');
  return `<script type="application/json" id="inline-data">${json}</script>`;
}
